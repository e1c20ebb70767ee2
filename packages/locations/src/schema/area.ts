import { loadByIds, loadOrNull } from '@mienskip/kit/schema';
import { type AreaRow, areas } from '../db/tables.ts';
import { listAreas } from '../store/areas.ts';
import { addProvenanceField, builder, READ, READ_REFERENCE } from './builder.ts';

export const AreaKind = builder.enumType('AreaKind', {
  description:
    'What kind of area: gebied (a group of wijken or dorpen), wijk (neighbourhood) or dorp (village).',
  values: {
    GEBIED: { description: 'Gebied: a group of neighbourhoods or villages.' },
    WIJK: { description: 'Wijk: a neighbourhood of the city of Leeuwarden.' },
    DORP: { description: 'Dorp: a village in the municipality.' },
  },
});

export const Area = builder.loadableObjectRef<AreaRow, string>('Area', {
  load: loadByIds('Area', areas),
});

Area.implement({
  description: 'Gebied, wijk of dorp: an area of the municipality with its own buurt- or dorpskamer(s).',
  authScopes: READ_REFERENCE,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable readable id, e.g. `area-noord`.' }),
    name: t.exposeString('name', { description: 'Name of the area as the municipality uses it.' }),
    kind: t.expose('kind', { type: AreaKind, description: 'Gebied, wijk or dorp.' }),
  }),
});

addProvenanceField(
  Area,
  'Where this area comes from: the seeded areas are SOURCE (the council letter of November 2020).',
);

builder.asEntity(Area, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(Area.getDataloader(context), reference.id),
});

builder.queryFields((t) => ({
  areas: t.field({
    type: [Area],
    nullable: true,
    description:
      'All areas, by name (a small reference list). Null when locations is unavailable; see errors.',
    authScopes: READ,
    resolve: (_root, _args, { db }) => listAreas(db),
  }),
  area: t.field({
    type: Area,
    nullable: true,
    description: 'One area by id; null when it does not exist.',
    authScopes: READ,
    args: { id: t.arg.id({ required: true, description: 'The area id.' }) },
    resolve: (_root, args, context) => loadOrNull(Area.getDataloader(context), String(args.id)),
  }),
}));
