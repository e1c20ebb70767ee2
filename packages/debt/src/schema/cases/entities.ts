import { casesOfClient, casesOfHousehold } from '../../store/loaders.ts';
import { builder, PERSONAL, READ } from '../builder.ts';
import { personalDebt } from '../personal.ts';
import { DebtCase } from './ref.ts';
import { ClientRef, HouseholdRef } from './refs.ts';

/** Fields debt adds to the clients subgraph's entities. */

builder.objectField(HouseholdRef, 'debtCases', (t) =>
  t.field({
    type: [DebtCase],
    nullable: true,
    authScopes: READ,
    description:
      'Schuldhulptrajecten of this household that the key may see (registered by its organisation or referred to ' +
      'it; the municipality sees every case), oldest first. Needs debt:read; null when refused or debt is unavailable.',
    resolve: (household, _a, context) => casesOfHousehold(context).load(household.id),
  }),
);

builder.objectField(ClientRef, 'debtCases', (t) =>
  t.field({
    type: [DebtCase],
    nullable: true,
    authScopes: { $all: { ...READ, $all: PERSONAL } },
    description:
      'Schuldhulptrajecten this person is a debtor of, that the key may see, oldest first. Who has debts is personal ' +
      'data: needs debt:read and personal-data; every read is logged. Null when refused.',
    resolve: personalDebt(
      'debtCases',
      (client: { id: string }) => [client.id],
      (client: { id: string }, context) => casesOfClient(context).load(client.id),
    ),
  }),
);
