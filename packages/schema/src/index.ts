import { builder } from './builder.js';
import './types/scalars.js';
import './types/enums.js';
import './types/evidence.js';
import './types/document.js';
import './types/actor.js';
import './types/place.js';
import './types/organization.js';
import './types/person.js';
import './types/meeting.js';
import './types/statement.js';
import './types/job.js';
import './types/ingest.js';
import './types/search.js';
import './types/events.js';
import './types/node.js';

export type { GraphQLContext } from './builder.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits.js';

builder.queryType({ description: 'Reads: records, documents and search. Open to everyone.' });
builder.mutationType({ description: 'Writes: they need the write token where the server has one.' });
builder.subscriptionType({ description: 'Live updates, over Server-Sent Events.' });

export const schema = builder.toSchema({ sortSchema: false });
