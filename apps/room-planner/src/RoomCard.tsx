import { duration, ROLE_LABELS, STATUS_LABELS, span, WEEKDAY_LABELS, WEEKDAYS } from './labels.ts';
import type { RoomPlannerGapFragment } from './operations.ts';
import { ProvenanceBadge } from './ProvenanceBadge.tsx';
import type { RoomWeek } from './use-room-week.ts';
import { shortDate } from './week.ts';

function Gaps({ title, gaps, testId }: { title: string; gaps: RoomPlannerGapFragment[]; testId: string }) {
  const total = gaps.reduce((sum, gap) => sum + gap.minutes, 0);
  return (
    <section className="gaps" data-testid={testId}>
      <h3>
        {title} {gaps.length > 0 && <span className="gap-total">{duration(total)}</span>}
      </h3>
      {gaps.length === 0 ? (
        <p className="none">None this week.</p>
      ) : (
        <ul>
          {gaps.map((gap) => (
            <li key={`${gap.date}-${gap.from}`}>
              <span className="when">{shortDate(gap.date)}</span> {span(gap.from, gap.to)}{' '}
              <span className="minutes">({duration(gap.minutes)})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Presence({ presence }: { presence: RoomWeek['presence'] }) {
  const days = WEEKDAYS.map((day) => ({
    day,
    slots: presence.filter((slot) => slot.weekday === day).sort((a, b) => a.from.localeCompare(b.from)),
  })).filter(({ slots }) => slots.length > 0);
  if (days.length === 0) return <p className="none">Nobody is planned in this room.</p>;
  return (
    <table className="presence" data-testid="presence">
      <tbody>
        {days.map(({ day, slots }) =>
          slots.map((slot, index) => (
            <tr key={slot.id}>
              {index === 0 && (
                <th scope="row" rowSpan={slots.length}>
                  {WEEKDAY_LABELS[day]}
                </th>
              )}
              <td className="when">{span(slot.from, slot.to)}</td>
              <td>
                <span className="organisation">{slot.organisation?.name ?? 'No organisation named'}</span>
                <span className="role">{ROLE_LABELS[slot.role]}</span>
                <span className="flags">
                  {slot.receivesVisitors && <span className="flag">receives residents</span>}
                  {slot.isBasisPresence && <span className="flag basis">basis</span>}
                  {slot.provenance !== 'SOURCE' && <ProvenanceBadge provenance={slot.provenance} />}
                </span>
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}

/** One room: what it is, its gaps in the week shown, and who is present on which weekday. */
export function RoomCard({ room }: { room: RoomWeek }) {
  const { coverage } = room;
  return (
    <article className="room" data-testid="room" aria-labelledby={`room-${room.id}`}>
      <header>
        <h2 id={`room-${room.id}`}>{room.name}</h2>
        <p className="where">
          {room.area.name}
          {room.address && ` · ${room.address}`}
        </p>
        <p className="badges">
          <span className={`badge status-${room.status.toLowerCase()}`}>{STATUS_LABELS[room.status]}</span>
          <ProvenanceBadge provenance={room.provenance} />
          {coverage.fullyReceived ? (
            <span className="badge covered">Received whenever open</span>
          ) : (
            <span className="badge gap">Gaps in reception</span>
          )}
        </p>
      </header>
      <div className="coverage">
        <Gaps title="Open without reception" gaps={coverage.gapsWithoutReception} testId="gaps-reception" />
        <Gaps title="Open without basis presence" gaps={coverage.gapsWithoutBasis} testId="gaps-basis" />
      </div>
      <h3>Who is present (every week)</h3>
      <Presence presence={room.presence} />
    </article>
  );
}
