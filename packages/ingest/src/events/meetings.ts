import type { Doc } from '../doc.js';
import type { EntityIndex } from '../entities/index.js';
import type { Registry } from '../entities/registry.js';
import type { MeetingRecord } from '../types.js';

export function extractMeetings(doc: Doc, reg: Registry, idx: EntityIndex): MeetingRecord[] {
  void doc; void reg; void idx;
  return [];
}
