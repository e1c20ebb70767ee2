import { loadByIds, loadOrNull } from '@mienskip/kit/schema';
import { MUNICIPALITY } from '../db/reference-data.ts';
import { type AreaRow, areas } from '../db/tables.ts';
import { populationProvenance } from '../domain/population.ts';
import { listAreas } from '../store/areas.ts';
import { addProvenanceField, builder, Provenance, READ_REFERENCE } from './builder.ts';

const PER_10000 =
  'Figures per 10,000 inhabitants are computed by the reader from the published (rounded) counts and this figure.';

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
    population: t.exposeInt('population', {
      nullable: true,
      description: `Inhabitants of the area; null when unknown. The seeded figures are invented (see \`populationProvenance\`): the sources give no population per area. ${PER_10000}`,
    }),
    populationProvenance: t.field({
      type: Provenance,
      nullable: true,
      description:
        'Where `population` comes from: SYNTHETIC for the seeded figures (not figures of Leeuwarden); null when there is no population.',
      resolve: (area) => populationProvenance(area.population),
    }),
  }),
});

addProvenanceField(
  Area,
  'Where this area comes from: the seeded areas are SOURCE (the council letter of November 2020).',
);

/** Areas read along with something else: `Area`'s loader then answers them without a statement. */
export function primeAreas(context: object, rows: readonly AreaRow[]): void {
  const loader = Area.getDataloader(context);
  for (const row of rows) loader.prime(row.id, row);
}

builder.asEntity(Area, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (reference, context) => loadOrNull(Area.getDataloader(context), reference.id),
});

builder.queryFields((t) => ({
  areas: t.field({
    type: [Area],
    nullable: true,
    description:
      'All areas, by name (a small reference list; readable with `locations:read` or `statistics`). Null when locations is unavailable; see errors.',
    authScopes: READ_REFERENCE,
    resolve: async (_root, _args, context) => {
      const listed = await listAreas(context.db);
      primeAreas(context, listed);
      return listed;
    },
  }),
  area: t.field({
    type: Area,
    nullable: true,
    description:
      'One area by id (readable with `locations:read` or `statistics`); null when it does not exist.',
    authScopes: READ_REFERENCE,
    args: { id: t.arg.id({ required: true, description: 'The area id.' }) },
    resolve: (_root, args, context) => loadOrNull(Area.getDataloader(context), String(args.id)),
  }),
}));

const Municipality = builder
  .objectRef<{ name: string; population: number; provenance: 'SYNTHETIC' }>('Municipality')
  .implement({
    description: 'The municipality as a whole: the denominator for figures per 10,000 inhabitants.',
    authScopes: READ_REFERENCE,
    fields: (t) => ({
      name: t.exposeString('name', { description: 'Name of the municipality.' }),
      population: t.exposeInt('population', {
        description: `Inhabitants of the municipality: an invented round figure (see \`provenance\`), not a figure of Leeuwarden. ${PER_10000}`,
      }),
      provenance: t.field({
        type: Provenance,
        description: 'Where `population` comes from: SYNTHETIC (seeded, not a source figure).',
        resolve: (m) => m.provenance,
      }),
    }),
  });

builder.queryFields((t) => ({
  municipality: t.field({
    type: Municipality,
    nullable: true,
    description:
      'The municipality and its number of inhabitants (readable with `locations:read` or `statistics`).',
    authScopes: READ_REFERENCE,
    resolve: () => ({ ...MUNICIPALITY, provenance: 'SYNTHETIC' as const }),
  }),
}));
