import { describe, expect, it } from 'vitest';
import { undescribed } from '../src/index.ts';

describe('undescribed', () => {
  it('lists every type, field, argument, enum value and input field without a description', () => {
    const sdl = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
      type Query { rooms(first: Int): [Room!]! }
      """A room."""
      type Room { """Its id.""" id: ID! name: String! }
      enum Status { """Open.""" OPEN CLOSED }
      """What to add."""
      input AddRoom { """Its name.""" name: String! area: ID! }
      scalar Money`;
    expect(undescribed(sdl)).toEqual([
      'Query',
      'Query.rooms',
      'Query.rooms(first)',
      'Room.name',
      'Status',
      'Status.CLOSED',
      'AddRoom.area',
      'Money',
    ]);
  });

  it("leaves a stub of another subgraph's entity to its owner, but not the stub's fields", () => {
    const sdl = `type Organisation @key(fields: "id", resolvable: false) { id: ID! }
      """Owned elsewhere, extended here."""
      type Client @key(fields: "id") { """Its id.""" id: ID! }`;
    expect(undescribed(sdl)).toEqual(['Organisation.id']);
  });
});
