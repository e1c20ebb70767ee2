// Child safety (seed-000 §4.4, P8): every event its own mutation and rule. The order of these imports
// is the order of the root fields in schema.graphql.
import './enums.ts';
import './errors.ts';
import './signal.ts';
import './assessment.ts';
import './plan.ts';
import './meldcode.ts';
import './veilig-thuis.ts';
import './verwijsindex.ts';
import './conference.ts';
import './gi.ts';
import './investigation.ts';
import './tasks.ts';
import './worklist.ts';
import './case-fields.ts';
