// Every relation of the graph in one place (drizzle relations v2), as the query layer and
// Pothos' drizzle plugin read them.
import { defineRelations } from 'drizzle-orm';
import * as schema from './schema.js';

export const relations = defineRelations(schema, (r) => ({
  documents: {
    evidence: r.many.evidence({ from: r.documents.id, to: r.evidence.documentId }),
  },
  actors: {
    parent: r.one.actors({ from: r.actors.parentId, to: r.actors.id, alias: 'parent', optional: true }),
    bodies: r.many.actors({ from: r.actors.id, to: r.actors.parentId, alias: 'parent' }),
    country: r.one.actors({ from: r.actors.countryId, to: r.actors.id, alias: 'country', optional: true }),
    members: r.many.actors({
      from: r.actors.id.through(r.organizationMembers.organizationId),
      to: r.actors.id.through(r.organizationMembers.memberId),
      alias: 'members',
    }),
    memberOf: r.many.actors({
      from: r.actors.id.through(r.organizationMembers.memberId),
      to: r.actors.id.through(r.organizationMembers.organizationId),
      alias: 'members',
    }),
    roles: r.many.roles({ from: r.actors.id, to: r.roles.personId, alias: 'person' }),
    evidence: r.many.evidence({ from: r.actors.id, to: r.evidence.actorId }),
    meetings: r.many.meetings({
      from: r.actors.id.through(r.meetingParticipants.actorId),
      to: r.meetings.id.through(r.meetingParticipants.meetingId),
    }),
    statements: r.many.statements({ from: r.actors.id, to: r.statements.speakerId, alias: 'speaker' }),
  },
  roles: {
    person: r.one.actors({ from: r.roles.personId, to: r.actors.id, alias: 'person', optional: false }),
    organization: r.one.actors({ from: r.roles.organizationId, to: r.actors.id, optional: true }),
    country: r.one.actors({ from: r.roles.countryId, to: r.actors.id, optional: true }),
    evidence: r.many.evidence({ from: r.roles.id, to: r.evidence.roleId }),
  },
  meetings: {
    participants: r.many.actors({
      from: r.meetings.id.through(r.meetingParticipants.meetingId),
      to: r.actors.id.through(r.meetingParticipants.actorId),
    }),
    place: r.one.actors({ from: r.meetings.placeId, to: r.actors.id, optional: true }),
    forum: r.one.actors({ from: r.meetings.forumId, to: r.actors.id, optional: true }),
    within: r.one.meetings({ from: r.meetings.withinId, to: r.meetings.id, alias: 'within', optional: true }),
    sideMeetings: r.many.meetings({ from: r.meetings.id, to: r.meetings.withinId, alias: 'within' }),
    statements: r.many.statements({ from: r.meetings.id, to: r.statements.aboutId }),
    evidence: r.many.evidence({ from: r.meetings.id, to: r.evidence.meetingId }),
  },
  statements: {
    speaker: r.one.actors({
      from: r.statements.speakerId,
      to: r.actors.id,
      alias: 'speaker',
      optional: true,
    }),
    about: r.one.meetings({ from: r.statements.aboutId, to: r.meetings.id, optional: true }),
    mentions: r.many.actors({
      from: r.statements.id.through(r.statementMentions.statementId),
      to: r.actors.id.through(r.statementMentions.actorId),
    }),
    evidence: r.many.evidence({ from: r.statements.id, to: r.evidence.statementId }),
  },
  evidence: {
    document: r.one.documents({ from: r.evidence.documentId, to: r.documents.id, optional: false }),
  },
}));
