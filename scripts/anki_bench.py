#!/usr/bin/env python3
"""Anki's side of `scripts/bench-vs-anki`, and the report of both sides.

Needs Anki's Python package (`anki==26.9.3` from PyPI), whose backend is the same Rust
library the desktop program runs.

    anki_bench.py fixture DIR                   DIR/anki/collection.anki2 from DIR/cards.tsv
                                                and DIR/revlog.tsv (by `vs_anki fixture`)
    anki_bench.py samples CARDS DIR OP COUNT    times OP COUNT times on DIR/anki, printing
                                                every time (`samples side=anki … ms=…,…`)
    anki_bench.py duel CARDS DIR VS_ANKI FIRST TURNS PER_TURN
                                                the answer cycle in both programs, taking
                                                turns (`vs_anki serve` on DIR/factdeck)
    anki_bench.py report RESULTS                the table of both sides' samples

The operations (OP) are those `benches/vs_anki.rs` times for factdeck: `open`,
`queue_build`, `queue_look`, `answer`, `answer_nofsync`. They are made with the calls
Anki's own reviewer makes (`aqt/reviewer.py`): `get_queued_cards` for today's counts and
the next card with its scheduling states, `build_answer` and `answer_card` to answer it.
"""

import csv
import gc
import json
import statistics
import sys
import time
from pathlib import Path

DECK = "synthetic"
# New cards and reviews a day: the highest Anki's deck options allow (a larger value is
# replaced by the default); `vs_anki` sets factdeck's limits to the same.
DAILY_LIMIT = 9999
# FSRS-6's default decay and factdeck's desired retention, which Anki writes into each
# card it has scheduled with FSRS (`data` column: "decay", "dr").
FSRS6_DECAY = 0.1542
DESIRED_RETENTION = 0.9
# factdeck's relearning steps (one, of 10 minutes) and learning steps (1 and 10
# minutes); Anki's defaults are the same.
LEARNING_STEPS = 2
RELEARNING_STEPS = 1


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


# Fixture
##########################################################################


def fixture(dir: Path) -> None:
    """A collection holding the cards of DIR/cards.tsv in the same states, and the answers
    of DIR/revlog.tsv, written by SQL in one transaction, as Anki's own tables would
    hold them after the same answers (FSRS on, one Basic note per card)."""
    from anki.collection import Collection
    from anki.utils import checksum, guid64

    cards = read_tsv(dir / "cards.tsv")
    revlog = read_tsv(dir / "revlog.tsv")
    folder = dir / "anki"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "collection.anki2"
    col = Collection(str(path))
    col.set_config("fsrs", True)
    did = col.decks.id(DECK)
    col.decks.select(did)  # get_queued_cards studies the current deck
    conf = col.decks.config_dict_for_deck_id(did)
    conf["new"]["perDay"] = DAILY_LIMIT
    conf["rev"]["perDay"] = DAILY_LIMIT
    conf["desiredRetention"] = DESIRED_RETENTION
    col.decks.update_config(conf)
    conf = col.decks.config_dict_for_deck_id(did)
    if conf["new"]["perDay"] != DAILY_LIMIT or conf["rev"]["perDay"] != DAILY_LIMIT:
        sys.exit("anki_bench: Anki did not keep the daily limits")
    mid = col.models.by_name("Basic")["id"]

    # factdeck's times are relative to its benchmark clock; Anki studies now, so the same
    # offsets are taken from now: a card due 3 days ago there is due 3 days ago here.
    now_ms = int(time.time() * 1000)
    now = now_ms // 1000
    today = col.sched.today
    first_id = now_ms - 10**9  # note and card ids are creation times in ms, unique
    ids = {}
    note_rows = []
    card_rows = []
    for i, card in enumerate(cards):
        ids[card["card"]] = first_id + i
        front, back = card["prompt"], card["answer"]
        # Anki's `field_checksum` of a field without HTML (it needs the interface's
        # translations loaded to strip HTML first).
        csum = int(checksum(front)[:8], 16)
        note_rows.append((first_id + i, guid64(), mid, now, -1, "",
                          f"{front}\x1f{back}", front, csum, 0, ""))
        card_rows.append(anki_card(first_id + i, did, i, card, now, today))

    revlog_rows = []
    last_id = 0
    # Revlog ids are the answers' times in ms and must be unique: factdeck's synthetic
    # answers of different cards may share a minute, so each is moved on by a few ms.
    for answer in sorted(revlog, key=lambda a: (int(a["at_ms"]), ids[a["card"]])):
        rid = max(now_ms + int(answer["at_ms"]), last_id + 1)
        last_id = rid
        revlog_rows.append((rid, ids[answer["card"]], -1, int(answer["rating"]),
                            int(answer["interval"]), int(answer["last_interval"]),
                            int(answer["factor"]), int(answer["taken_ms"]), int(answer["kind"])))

    def insert() -> None:
        col.db.executemany("insert into notes values (?,?,?,?,?,?,?,?,?,?,?)", note_rows)
        col.db.executemany(
            "insert into cards values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)
        col.db.executemany("insert into revlog values (?,?,?,?,?,?,?,?,?)", revlog_rows)

    col.db.transact(insert)
    queued = col.sched.get_queued_cards(fetch_limit=1)
    info = {
        "cards": col.card_count(),
        "notes": col.note_count(),
        "revlog": col.db.scalar("select count() from revlog"),
        "day": today,
        "new": queued.new_count,
        "learning": queued.learning_count,
        "review": queued.review_count,
    }
    col.close()
    (folder / "fixture.json").write_text(json.dumps(info))
    print(f"anki_bench: fixture {path}: {info}")


def anki_card(cid: int, did: int, position: int, card: dict[str, str], now: int,
              today: int) -> tuple:
    """A `cards` row for factdeck's card state, as Anki stores the same state: queue and
    type by phase, due as a day number (review) or a time in seconds (steps)."""
    phase = int(card["phase"])
    due_secs = now + int(card["due_ms"]) // 1000
    due_day = today + int(card["due_day"])
    data = ""
    if phase == 0:  # new
        ctype, queue, due, left = 0, 0, position + 1, 0
    else:
        data = json.dumps({
            "pos": position + 1,
            "s": round(float(card["stability"]), 4),
            "d": round(float(card["difficulty"]), 3),
            "dr": DESIRED_RETENTION,
            "decay": round(FSRS6_DECAY, 3),
            "lrt": now + int(card["last_review_ms"]) // 1000,
        }, separators=(",", ":"))
        if phase == 2:  # review
            ctype, queue, due, left = 2, 2, due_day, 0
        else:  # (re)learning: in today's learning queue, or a later day's
            steps = LEARNING_STEPS if phase == 1 else RELEARNING_STEPS
            ctype = 1 if phase == 1 else 3
            left = steps - int(card["step"])
            queue, due = (1, due_secs) if int(card["due_day"]) <= 0 else (3, due_day)
    interval = max(int(card["interval_days"]), 1 if phase == 3 else 0)
    return (cid, cid, did, 0, now, -1, ctype, queue, due, interval, 2500 if phase else 0,
            int(card["reps"]), int(card["lapses"]), left, 0, 0, 0, data)


# Measuring
##########################################################################

# Answers given untimed before the timed ones in each process, as `vs_anki` does, so that
# the timed ones find SQLite's statements prepared and its pages cached.
WARM_UP_ANSWERS = 2


def open_collection(dir: Path):
    """The collection in DIR/anki, opened with a backend of its own, and that backend and
    the file's path."""
    from anki.collection import Collection
    from anki._backend import RustBackend

    folder = dir / "anki"
    path = str(folder / "collection.anki2")
    built = json.loads((folder / "fixture.json").read_text())
    # One backend for the process, as the desktop program has; each opening opens the
    # collection file with it.
    backend = RustBackend()
    col = Collection(path, backend=backend)
    if col.sched.today != built["day"]:
        sys.exit(f"anki_bench: the fixture in {folder} was made for another day; make it again")
    return col, backend, path


def run(op: str, cards: int, dir: Path, count: int) -> list[int]:
    """Times `op` `count` times on the collection in DIR/anki; the times in ns."""
    col, backend, path = open_collection(dir)
    # Python's collector runs between the timed steps only, as Anki's desktop program
    # collects on its own schedule rather than in the middle of an answer.
    gc.collect()
    gc.disable()
    try:
        if op == "open":
            return open_times(col, cards, path, backend, count)
        if op == "queue_build":
            return queue_build(col, count)
        if op == "queue_look":
            return queue_look(col, count)
        set_synchronous(col, op)
        times = Answers(col).turn(count)
        print_queue(col, cards, op)
        return times
    finally:
        if col.db:
            col.close()
        gc.enable()


def set_synchronous(col, op: str) -> None:
    """FULL for durable answers, OFF for answers without fsync. (Either drops the
    backend's study queues, as any statement through `col.db` but a select does.)"""
    if op == "answer":
        # Anki's default is FULL already (SQLite's, which Anki does not change); set
        # anyway, so that both programs surely fsync the log at each commit.
        col.db.execute("pragma synchronous = full")
        if col.db.scalar("pragma synchronous") != 2:
            sys.exit("anki_bench: synchronous=FULL did not take")
    elif op == "answer_nofsync":
        # No fsync: what is left is the program's own work.
        col.db.execute("pragma synchronous = off")
    else:
        sys.exit(f"anki_bench: no operation {op}")


def open_times(col, cards: int, path: str, backend, count: int) -> list[int]:
    """Opening: the collection, then today's queue built and looked at (counts and the
    next card), as the reviewer's first question needs. The collection was opened once
    untimed, which read the file into the page cache."""
    from anki.collection import Collection

    # What the backend set when it opened the file.
    journal = col.db.scalar("pragma journal_mode")
    synchronous = col.db.scalar("pragma synchronous")
    locking = col.db.scalar("pragma locking_mode")
    print_queue(col, cards, "open",
                f" journal_mode={journal} synchronous={synchronous} locking_mode={locking}")
    col.close()
    times: list[int] = []
    for _ in range(count):
        started = time.perf_counter_ns()
        col = Collection(path, backend=backend)
        col.sched.get_queued_cards(fetch_limit=1)
        timed(times, started)
        col.close()
    return times


def print_queue(col, cards: int, op: str, extra: str = "") -> None:
    """What today's queue holds after `op`, for the report to check that factdeck's held
    the same."""
    queued = col.sched.get_queued_cards(fetch_limit=1)
    print(f"info side=anki cards={cards} after={op} new={queued.new_count} "
          f"learning={queued.learning_count} review={queued.review_count}{extra}", flush=True)


def drop_queues(col) -> None:
    """Makes the backend build today's queue again at the next request: any statement
    through `col.db` other than a select drops its study queues. This one changes nothing
    (Anki's default is FULL already)."""
    col.db.execute("pragma synchronous = full")


def queue_build(col, count: int) -> list[int]:
    """Today's queue built again from the cards (the SQL search of due cards, sorting,
    counting) and the next card with its scheduling states."""
    times: list[int] = []
    for _ in range(count):
        drop_queues(col)
        started = time.perf_counter_ns()
        col.sched.get_queued_cards(fetch_limit=1)
        timed(times, started)
    return times


def queue_look(col, count: int) -> list[int]:
    """The built queue asked again, as the reviewer asks after each answer."""
    col.sched.get_queued_cards(fetch_limit=1)
    times: list[int] = []
    for _ in range(count):
        started = time.perf_counter_ns()
        col.sched.get_queued_cards(fetch_limit=1)
        timed(times, started)
    return times


class Answers:
    """A study session made of the calls Anki's reviewer makes, its first answers given
    untimed."""

    def __init__(self, col) -> None:
        if col.db.scalar("pragma journal_mode") != "wal":
            sys.exit("anki_bench: the collection is not in WAL mode")
        self.col = col
        self.fetch()
        for _ in range(WARM_UP_ANSWERS):
            self.one()

    def fetch(self) -> None:
        """The card to show and today's counts (again after the queues were dropped)."""
        self.queued = self.col.sched.get_queued_cards(fetch_limit=1)

    def one(self) -> bool:
        """One answer cycle: the shown card answered Good (one transaction, committed;
        with synchronous=FULL in WAL, one fsync of the log), and the next card and today's
        counts fetched. False when no card is shown."""
        # (Only after anki.collection: imported first, anki.cards fails on a circular
        # import.)
        from anki.cards import Card
        from anki.scheduler.v3 import CardAnswer

        if not self.queued.cards:
            return False
        shown = self.queued.cards[0]
        card = Card(self.col, backend_card=shown.card)
        card.start_timer()
        answer = self.col.sched.build_answer(card=card, states=shown.states,
                                             rating=CardAnswer.GOOD)
        self.col.sched.answer_card(answer)
        self.fetch()
        return True

    def turn(self, count: int) -> list[int]:
        """The answer cycle `count` times (fewer if the cards due run out); the time of
        each in ns."""
        times: list[int] = []
        for _ in range(count):
            started = time.perf_counter_ns()
            if not self.one():
                break
            timed(times, started)
        return times


def duel(cards: int, dir: Path, vs_anki: str, first: int, turns: int, per_turn: int) -> None:
    """The answer cycle in both programs, each in one study session that stays open:
    `turns` turns of `per_turn` answers each, durable and then as many without fsync, the
    programs taking turns (factdeck first at turn 0 when `first` is even, then
    alternating). So both meet the disk in the same moments, and each program's
    write-ahead log fills and is moved into its file every 1,000 pages, as in a session.
    Prints every time of both as `samples` lines, and what both queues hold after."""
    import subprocess

    col, _, _ = open_collection(dir)
    factdeck = subprocess.Popen([vs_anki, "serve", str(cards), str(dir)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    samples: dict[tuple[str, str], list[str]] = {}
    answers = None
    gc.collect()
    gc.disable()
    try:
        for op in ("answer", "answer_nofsync"):
            set_synchronous(col, op)
            if answers is None:
                answers = Answers(col)
            else:
                answers.fetch()
            for turn in range(turns):
                sides = ["factdeck", "anki"]
                if (first + turn) % 2:
                    sides.reverse()
                for side in sides:
                    if side == "factdeck":
                        factdeck.stdin.write(f"{op} {per_turn}\n")
                        factdeck.stdin.flush()
                        line = factdeck.stdout.readline()
                        if not line.startswith("samples "):
                            sys.exit(f"anki_bench: vs_anki serve answered {line!r}")
                        times = [t for t in parse_line(line)["ms"].split(",") if t]
                    else:
                        times = [f"{t / 1e6:.6f}" for t in answers.turn(per_turn)]
                    samples.setdefault((side, op), []).extend(times)
                gc.collect()  # between turns, untimed
        factdeck.stdin.close()
        rest = factdeck.stdout.read()
        if factdeck.wait() != 0:
            sys.exit("anki_bench: vs_anki serve failed")
    finally:
        if factdeck.poll() is None:
            factdeck.kill()
        gc.enable()
    for (side, op), times in samples.items():
        print(f"samples side={side} cards={cards} op={op} ms={','.join(times)}")
    print(rest.strip())
    print_queue(col, cards, "answers")
    col.close()


def timed(times: list[int], started: int) -> None:
    times.append(time.perf_counter_ns() - started)


# Report
##########################################################################

# Each row: the operation, its statistic, its label, and the target ratio
# (factdeck ÷ Anki) with the size it applies to (None: every size).
ROWS = [
    ("answer", "mean", "durable answer cycle, mean", 1.0, None),
    ("answer", "p99", "durable answer cycle, p99", 1.0, None),
    ("answer_nofsync", "mean", "answer cycle without fsync, mean", None, None),
    ("queue_build", "p50", "today's queue, built (median)", 0.5, 100_000),
    ("queue_look", "p50", "today's queue, already built (median)", 0.5, 100_000),
    ("open", "p50", "open the progress and the queue (median)", 1.0, 100_000),
]


def parse_line(line: str) -> dict[str, str]:
    return dict(word.split("=", 1) for word in line.split()[1:] if "=" in word)


def fmt_ms(ms: float) -> str:
    if ms >= 100:
        return f"{ms:.0f} ms"
    if ms >= 1:
        return f"{ms:.2f} ms"
    if ms >= 0.01:
        return f"{ms:.3f} ms"
    return f"{ms * 1000:.2f} µs"


def fmt_range(values: list[float], fmt) -> str:
    if len(values) < 2:
        return fmt(values[0])
    return f"{fmt(min(values))}–{fmt(max(values))}"


def percentile(times: list[float], p: float) -> float:
    """The `p` quantile by the nearest rank, rounded half up as `benches/common/timing.rs`
    does (Rust's `f64::round`)."""
    ordered = sorted(times)
    return ordered[int((len(ordered) - 1) * p + 0.5)]


def statistic(times: list[float], stat: str) -> float:
    if stat == "mean":
        return sum(times) / len(times)
    return percentile(times, {"p50": 0.5, "p99": 0.99}[stat])


def report(results: Path) -> None:
    """Each operation's statistic per run (over the samples of all its turns), factdeck ÷
    Anki from the medians over the runs, and the range of the runs' own ratios (each run
    holds both programs, taking turns)."""
    lines = results.read_text().splitlines()
    samples: dict[tuple, dict[int, list[float]]] = {}
    for line in lines:
        if line.startswith("samples "):
            r = parse_line(line)
            times = [float(t) for t in r["ms"].split(",") if t]
            key = (r["side"], int(r["cards"]), r["op"])
            samples.setdefault(key, {}).setdefault(int(r.get("run", 0)), []).extend(times)
    sizes = sorted({key[1] for key in samples})
    print("| operation | cards | factdeck ÷ Anki (median; runs) | factdeck (median; runs) "
          "| Anki (median; runs) | target | |")
    print("|---|---|---|---|---|---|---|")
    for op, stat, label, target, only_at in ROWS:
        for cards in sizes:
            per_run = {}
            for side in ("factdeck", "anki"):
                runs = samples.get((side, cards, op), {})
                per_run[side] = {run: statistic(t, stat) for run, t in runs.items() if t}
            fd, anki = per_run["factdeck"], per_run["anki"]
            if not fd or not anki:
                continue
            fd_median = statistics.median(fd.values())
            anki_median = statistics.median(anki.values())
            ratio = fd_median / anki_median
            paired = [fd[run] / anki[run] for run in sorted(fd) if anki.get(run)]
            applies = target is not None and (only_at is None or only_at == cards)
            verdict = ""
            if applies:
                if ratio <= target and all(p <= target for p in paired):
                    verdict = "met in every run"
                elif ratio <= target:
                    verdict = "met (median; not in every run)"
                else:
                    verdict = "**not met**"
            print(f"| {label} | {cards:,} "
                  f"| **{ratio:.2f}×** ({fmt_range(paired, lambda x: f'{x:.2f}')}) "
                  f"| {fmt_ms(fd_median)} ({fmt_range(list(fd.values()), fmt_ms)}) "
                  f"| {fmt_ms(anki_median)} ({fmt_range(list(anki.values()), fmt_ms)}) "
                  f"| {f'≤ {target:.1f}×' if applies else ''} | {verdict} |")
    runs = max((len(v) for v in samples.values()), default=0)
    counts = {op: len(t) for (side, cards, op), v in samples.items() for t in v.values()}
    print(f"\n{runs} run{'s' if runs != 1 else ''} per size, each with both programs taking "
          "turns; per run and program: "
          + ", ".join(f"{op} {n}" for op, n in counts.items()) + " samples.")
    for line in lines:
        if line.startswith(("cpu:", "memory:", "load ")):
            print(f"  {line}")
    # Both queues must hold the same cards after each step, or the two sides did not do
    # the same work (and did not answer the same cards).
    held: dict[int, dict[str, list[str]]] = {}
    for line in lines:
        if line.startswith("info "):
            r = parse_line(line)
            step = f"after {r['after']}: new {r['new']}, learning {r['learning']}, review {r['review']}"
            held.setdefault(int(r["cards"]), {}).setdefault(r["side"], []).append(step)
    for cards, sides in sorted(held.items()):
        fd, anki = sides.get("factdeck", []), sides.get("anki", [])
        verdict = (f"the same in both programs at all {len(fd)} checks" if fd == anki
                   else "** NOT THE SAME IN BOTH PROGRAMS **")
        print(f"  today's queue at {cards:,} cards, {verdict}: {fd[0] if fd else '?'}"
              + (f"; last {fd[-1]}" if fd else ""))
        if fd != anki:
            print(f"    factdeck: {fd}\n    anki: {anki}")


def main() -> None:
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == "fixture":
        fixture(Path(args[1]))
    elif len(args) == 5 and args[0] == "samples":
        cards, dir, op, count = int(args[1]), Path(args[2]), args[3], int(args[4])
        times = run(op, cards, dir, count)
        ms = ",".join(f"{t / 1e6:.6f}" for t in times)
        print(f"samples side=anki cards={cards} op={op} ms={ms}", flush=True)
    elif len(args) == 7 and args[0] == "duel":
        duel(int(args[1]), Path(args[2]), args[3], int(args[4]), int(args[5]), int(args[6]))
    elif len(args) == 2 and args[0] == "report":
        report(Path(args[1]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
