// Descriptions of what the relay plugin generates (Node, PageInfo, the page arguments, edges
// and cursors), so that every type, field and argument of the schema says what it is.
export const relayDescriptions = {
  nodeTypeOptions: { description: 'A record or document with a global id that `node(id:)` resolves.' },
  idFieldOptions: { description: 'Global id: pass it to `node(id:)` or to a filter.' },
  pageInfoTypeOptions: { description: 'Where a page stands in the whole list (Relay cursor connections).' },
  pageInfoFieldOptions: { description: 'Cursors and whether there are more pages.' },
  hasNextPageFieldOptions: { description: 'Whether there are more items after this page.' },
  hasPreviousPageFieldOptions: { description: 'Whether there are items before this page.' },
  startCursorFieldOptions: { description: 'The cursor of the first item of this page (for `before`).' },
  endCursorFieldOptions: { description: 'The cursor of the last item of this page (for `after`).' },
  firstArgOptions: {
    description: 'How many items from the start (or after `after`): 0 to 100, 20 by default.',
  },
  lastArgOptions: { description: 'How many items from the end (or before `before`): 0 to 100.' },
  afterArgOptions: { description: 'Items after this cursor (an `endCursor` this API returned).' },
  beforeArgOptions: { description: 'Items before this cursor (a `startCursor` this API returned).' },
  cursorFieldOptions: { description: 'Where this item stands: pass it as `after` or `before`.' },
} as const;

export const edgesDescription = 'The items of this page, each with its cursor.';
export const nodeDescription = 'The item.';
