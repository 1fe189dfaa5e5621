import type { Doc } from '../doc.js';
import type { EntityIndex } from '../entities/index.js';
import type { Registry } from '../entities/registry.js';
import type { MeetingRecord, StatementRecord } from '../types.js';

export function extractStatements(doc: Doc, reg: Registry, idx: EntityIndex, meetings: MeetingRecord[]): StatementRecord[] {
  void doc; void reg; void idx; void meetings;
  return [];
}
