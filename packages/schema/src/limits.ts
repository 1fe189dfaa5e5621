// Page sizes, in a module of their own: the builder configures connections with them and the
// error checks refuse pages beyond them, and neither may import the other (that was a cycle).
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
