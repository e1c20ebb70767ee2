// Signals, outreach and crises (E46, E47; seed-000 §3.7, P9). The order of these imports is the order of
// the root fields in schema.graphql.
import './enums.ts';
import './errors.ts';
import './signal.ts';
import './crisis.ts';
