import { casesOfChild, casesOfHousehold } from '../../store/loaders.ts';
import { builder, PERSONAL, READ } from '../builder.ts';
import { personalYouth } from '../personal.ts';
import { YouthCase } from './ref.ts';
import { ClientRef, HouseholdRef } from './refs.ts';

/** Fields youth adds to the clients subgraph's entities. */

builder.objectField(HouseholdRef, 'youthCases', (t) =>
  t.field({
    type: [YouthCase],
    nullable: true,
    authScopes: READ,
    description:
      'Jeugdcasussen of this household that the key may see (its organisation is involved; the municipality sees ' +
      'every case), oldest first. Needs youth:read; null when refused or youth is unavailable.',
    resolve: (household, _a, context) => casesOfHousehold(context).load(household.id),
  }),
);

builder.objectField(ClientRef, 'youthCases', (t) =>
  t.field({
    type: [YouthCase],
    nullable: true,
    authScopes: { $all: { ...READ, $all: PERSONAL } },
    description:
      'Jeugdcasussen this person is a child of, that the key may see, oldest first. Links a person to youth care: ' +
      'needs youth:read, personal-data and a Jeugdwet purpose (art. 7.4.0) in `x-mienskip-purpose`; every read is ' +
      'logged. Null when refused.',
    resolve: personalYouth(
      'youthCases',
      (client: { id: string }) => [client.id],
      (client: { id: string }, context) => casesOfChild(context).load(client.id),
    ),
  }),
);
