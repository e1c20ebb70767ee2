import { PROVENANCE_LABELS } from './labels.ts';
import type { Provenance } from './operations.ts';

/** Where a record comes from; SYNTHETIC (invented by the seed) stands out. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { label, title } = PROVENANCE_LABELS[provenance];
  return (
    <span
      className={`badge provenance-${provenance.toLowerCase()}`}
      title={title}
      data-provenance={provenance}
    >
      {label}
    </span>
  );
}
