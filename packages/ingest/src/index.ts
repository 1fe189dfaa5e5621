export type * from './types.js';
export { extract } from './extract.js';
