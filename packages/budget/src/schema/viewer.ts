import type { Caller } from '@mienskip/kit/rules';
import { loadOrNull } from '@mienskip/kit/schema';
import { builder } from './builder.ts';
import { Organisation } from './organisation.ts';

const Viewer = builder.objectRef<Caller>('Viewer').implement({
  description:
    'Who is asking: the organisation and scopes of the API key of this request. For report tools: the council ' +
    'report prints the organisation on its cover and marks itself "not for publication" when the scopes ' +
    'include personal-data.',
  fields: (t) => ({
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description:
        'The organisation the key belongs to; null when budget does not know it. A key may always read its own ' +
        'organisation.',
      resolve: (caller, _args, context) =>
        loadOrNull(Organisation.getDataloader(context), caller.organisationId),
    }),
    scopes: t.stringList({
      description: 'The scopes of the key, sorted (e.g. `personal-data`, `statistics`).',
      resolve: (caller) => [...caller.scopes].sort(),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    nullable: true,
    description:
      'The API key of this request: its organisation and scopes ("who am I"). Any key may ask; no scope is ' +
      'needed. Null when budget is unavailable; see errors.',
    resolve: (_root, _args, { caller }) => caller,
  }),
);
