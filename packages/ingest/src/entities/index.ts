// The entity stage's face for the later stages: the index it hands on and the searches over it.
export {
  type EntityIndex,
  lastHitEndingBy,
  longestOrgHit,
  orgHitsStartingIn,
} from './entity-index.js';
export { extractEntities, lastAllianceBefore, latestMinistry } from './extract-entities.js';
