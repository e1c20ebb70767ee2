import { RoomCard } from './RoomCard.tsx';
import { useRoomWeek } from './use-room-week.ts';
import { useWeek } from './use-week.ts';
import { WeekPicker } from './WeekPicker.tsx';
import { longDate, SEEDED_WEEK } from './week.ts';

export function App() {
  const [week, setWeek] = useWeek();
  const state = useRoomWeek(week);
  const rooms = state.status === 'done' ? (state.rooms ?? []) : [];
  const covered = rooms.filter((room) => room.coverage.fullyReceived).length;

  return (
    <div className="page">
      <header className="masthead">
        <div>
          <h1>Room planner</h1>
          <p className="subtitle">Buurt- and dorpskamers of Leeuwarden: coverage and presence per week</p>
        </div>
        <WeekPicker week={week} onChange={setWeek} />
      </header>

      <aside className="notice" aria-label="About the seeded roster">
        <p>
          The seeded roster plans one week only: the week of Monday {longDate(SEEDED_WEEK)}. In any other week
          a gap means <strong>not planned</strong>, not that nobody came. Presence marked{' '}
          <span className="badge provenance-synthetic">Synthetic</span> is invented by the seed.
        </p>
        {week !== SEEDED_WEEK && (
          <button type="button" className="link-button" onClick={() => setWeek(SEEDED_WEEK)}>
            Show the seeded week ({longDate(SEEDED_WEEK)})
          </button>
        )}
      </aside>

      {state.status === 'loading' && <p className="status">Loading the rooms…</p>}
      {state.status === 'failed' && (
        <p className="status error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'done' && state.errors.length > 0 && (
        <div className="status error" role="alert">
          <p>The graph answered with errors:</p>
          <ul>
            {state.errors.map((error, index) => (
              <li key={index}>
                {error.message}
                {error.extensions?.code && <code> ({error.extensions.code})</code>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.status === 'done' && (
        <>
          <p className="summary" data-testid="summary">
            {rooms.length} rooms · {covered} with someone to receive residents whenever open ·{' '}
            {rooms.length - covered} with gaps
          </p>
          <main className="rooms">
            {rooms.map((room) => (
              <RoomCard key={room.id} room={room} />
            ))}
          </main>
        </>
      )}
    </div>
  );
}
