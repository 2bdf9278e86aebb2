# factdeck's interface in English. Every id here must also be in de.ftl (tests/i18n.rs).
# Ids start with the screen they belong to; `common-` and `count-` are shared.

## Shared

common-dismiss = Dismiss
common-ok = OK
common-cancel = Cancel
common-back = Back
count-cards = { $count ->
    [one] 1 card
   *[other] { $count } cards
}
count-answers = { $count ->
    [one] 1 answer
   *[other] { $count } answers
}
count-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
count-reviews = { $count ->
    [one] 1 review
   *[other] { $count } reviews
}
count-questions = { $count ->
    [one] 1 question
   *[other] { $count } questions
}

## The window and its navigation

nav-decks = Decks
nav-quiz = Quiz
nav-statistics = Statistics
nav-browse = Browse
nav-settings = Settings
nav-shortcuts = Shortcuts (?)
app-read-only = Read-only: { $reason }.
app-study-read-only = Studying is not possible while this window is read-only (see above).
app-quiz-read-only = Quizzes are not possible while this window is read-only (see above).
app-restore-failed = The backup was not restored: { $reason }
open-failed-title = Your progress could not be opened
open-failed-nothing-changed = Nothing was changed or deleted. Close factdeck, then move the file aside or start factdeck with another --data-dir.

## The shortcuts overlay

shortcuts-title = Keyboard shortcuts
shortcuts-this-screen = On this screen: { $screen }
shortcuts-none-here = No keys of its own: Tab moves between its buttons and fields.
shortcuts-everywhere = Everywhere
shortcuts-close = Close (Esc)
shortcuts-screen-study = Study
shortcuts-screen-quiz-setup = Quiz setup
shortcuts-screen-quiz-results = Quiz results
keys-enter = Enter
keys-escape = Esc
keys-up-down = ↑ / ↓
keys-space-enter = Space or Enter
keys-undo = Ctrl+Z or U
keys-choose-option = 1–4 or A–D, Enter
keys-true-false = T / F
keys-match = 1–6, then A–F
keys-timeline = 1–6, then ↑ / ↓
keys-go-on = Enter / R
keys-find = Ctrl+F
keys-nav-decks = Ctrl+1
keys-nav-quiz = Ctrl+2
keys-nav-statistics = Ctrl+3
keys-nav-browse = Ctrl+4
keys-nav-settings = Ctrl+5
keys-tab = Tab / Shift+Tab
keys-zoom = Ctrl+Plus / Ctrl+Minus
keys-shortcuts = ? or F1
shortcut-study-deck = study the selected deck
shortcut-quiz-deck = quiz on the selected deck
shortcut-select-deck = select a deck
shortcut-show-answer = show the answer; once shown, rate it Good
shortcut-rate = rate Again / Hard / Good / Easy
shortcut-undo = undo the last answer
shortcut-gloss = show or hide the English gloss
shortcut-back-to-decks = back to the decks
shortcut-back = back
shortcut-choose-option = choose an option, then check it
shortcut-true-false = answer true or false
shortcut-check-typed = check a typed answer (Shift+Enter: new line in a list)
shortcut-match = matching: pick an item on the left, then its partner
shortcut-timeline = timeline: pick an event, move it earlier or later
shortcut-go-on = after a question: go on / “I was right”
shortcut-start-quiz = start the quiz
shortcut-end-quiz = end the quiz (asks first; unanswered questions count as wrong)
shortcut-practise-mistakes = practise my mistakes
shortcut-new-quiz = new quiz
shortcut-search = search the cards
shortcut-back-to-list = on a fact's page: back to the list of cards
shortcut-tab = move between buttons and fields
shortcut-press-focused = press the focused button
shortcut-zoom = larger or smaller text (for this run; Settings keeps a size)
shortcut-shortcuts = show or hide this list

## Settings

settings-title = Settings
settings-studying = Studying
settings-retention = Desired retention
settings-retention-explained = The chance of still knowing a card when it comes back. Higher means shorter intervals and more reviews each day; 90 % is a good balance.
settings-workload-same = At { $retention }: the usual number of reviews.
settings-workload-more = At { $retention }: about { $factor } times the reviews of 90 % (an estimate for cards you know).
settings-workload-fewer = At { $retention }: about { $share } of the reviews of 90 %, but more cards forgotten (an estimate for cards you know).
settings-new-per-day = New cards per day
settings-reviews-per-day = Reviews per day
settings-question-mix = Cards in study sessions
settings-mix-mixed = Mixed questions
settings-mix-flashcards = Flashcards only
settings-mix-explained = Mixed: a card is first recognised (multiple choice, true or false), and once learnt recalled (typed, name all); checked answers are rated for you.
settings-beyond-article = Beyond the article
settings-background-facts = Background facts (not stated in the article)
settings-background-explained = Off: only what the article says is studied and quizzed. On: facts from outside it (such as exact dates) come too, marked “Background”.
settings-save = Save
settings-saved = Saved. The new settings apply from the next card.
settings-revert = Revert
settings-defaults = Defaults
settings-appearance = Appearance and language
settings-appearance-not-saved = The look and language apply now but could not be saved: { $reason }
settings-language = Interface language
settings-theme = Theme
settings-theme-system = Follow the system
settings-theme-light = Light
settings-theme-dark = Dark
settings-text-size = Text size
settings-text-size-hint = Applies at once and is kept for the next start.
settings-data-folder = Where your progress is stored
settings-copy-path = Copy the path
settings-path-copied = Copied.
settings-data-folder-explained = Everything factdeck knows about your studying is in this folder (progress.sqlite3 and its backups). To keep it elsewhere, start factdeck with --data-dir FOLDER or set FACTDECK_DATA_DIR; to study on another computer as well, set a sync folder under Settings → Sync.
settings-backups = Backups
settings-backups-explained = factdeck backs up your progress on the first start of each study day and before every upgrade, and keeps the newest { $keep }.
settings-backup-now = Make a backup now
settings-backup-made = Backup made: { $file }
settings-backup-failed = The backup could not be made: { $reason }
settings-no-backups = No backups yet.
settings-restore = Restore…
settings-backup-unusable = not usable: { $reason }
settings-restore-question = Restore the backup of { $taken }?
settings-restore-explained = Its { $held } take the place of your current progress ({ $now }). The current file is not deleted: it is moved aside and kept in the data folder as progress-replaced-DATE.sqlite3.
settings-restore-confirm = Restore this backup
backup-kind-daily = daily
backup-kind-before-upgrade = before an upgrade
backup-kind-manual = made by you
settings-scheduler = Scheduler
settings-scheduler-own = FSRS-6 with parameters fitted to your own reviews.
settings-scheduler-default = FSRS-6 with the published default parameters.
settings-fitting = Fitting your parameters…
settings-optimiser-stopped = The optimiser stopped unexpectedly; nothing was changed.
settings-optimise = Optimise for me
settings-optimise-needs = You have { $reviews ->
    [one] 1 review
   *[other] { $reviews } reviews
}; fitting needs at least { $needed }.
settings-use-defaults = Use default parameters
settings-back-to-defaults = Back to the default parameters.
settings-optimise-later = With { $needed } reviews factdeck can fit the scheduler to your memory ({ $reviews } so far).
settings-fitting-failed = Fitting failed: { $reason }. Nothing was changed.
settings-fit-not-better = The fitted parameters do not predict your reviews better (log loss { $before } → { $after }), so nothing was changed.
settings-fit-better = Your own parameters predict your reviews better (log loss { $before } → { $after }) and are now in use.
settings-fit-not-saved = The new parameters could not be saved; nothing was changed.

## Names of the core's things

rating-again = Again
rating-hard = Hard
rating-good = Good
rating-easy = Easy
kind-choice = Multiple choice
kind-typed = Typed answer
kind-true-false = True or false
kind-matching = Matching
kind-timeline = Timeline
kind-name-all = Name all

## Study

study-undo = Undo (Ctrl+Z)
study-back = Back to decks (Esc)
study-not-saved = This answer was not saved, so the card stays on screen; answer it again once the problem is solved. { $reason }
study-not-saved-file-changed = This answer was not saved, so the card stays on screen: factdeck has stopped saving (see above why).
study-dont-know = Don't know? Show the answer and rate it yourself.
study-dont-know-typed = Don't know? Ctrl+Enter shows the answer, to rate it yourself.
study-show-answer-typed = Show answer (Ctrl+Enter)
study-show-answer = Show answer (Space)
study-note = Note: { $note }
study-counted-as = Counted as { $rating } · back in { $wait } (keys 1–4 change it).
study-continue = Continue (Enter)
study-i-was-right = I was right (R)
study-left-today = Left today: { $new } new · { $learning } learning · { $due } due
study-answered = Answered: { $count }
study-card-gone = This card is no longer in the deck.
study-hide-english = Hide English (G)
study-show-english = Show English (G)
study-english-later = (The English appears with the answer.)
study-keys-hint = Keys 1–4 rate; Space or Enter means Good.

## The end of a session

summary-nothing-due = Nothing is due right now.
summary-days-cards-done = Today's cards are done.
summary-study-more = Study more
summary-study-more-reading = { $unseen ->
    [0] Every card has been seen.
    [one] 1 card is still unseen.
   *[other] { $unseen } cards are still unseen.
} You can go on now, or stop here: what is due comes back on its own.
summary-more-new = { $count ->
    [one] 1 more new card
   *[other] { $count } more new cards
}
summary-more-new-hint = Today's limit of new cards goes up for this session only.
summary-more-topic = Weakest topic: { $topic } ({ $cards })
summary-more-only-topic = The only topic started: { $topic } ({ $cards })
summary-more-topic-hint = Its cards not yet due, the ones you are most likely to have forgotten first, then new cards of it.
summary-more-no-topic = No topic started yet, so none is the weakest.
summary-more-ahead = Everything ahead of schedule ({ $cards })
summary-more-ahead-hint = Cards not due yet, the ones you are most likely to have forgotten first. Each is scheduled from the time that really passed since you last answered it.
study-ahead-left = Ahead of schedule: { $count }
summary-unreadable = The session's figures could not be read: { $reason }
summary-this-session = This session
summary-cards = Cards: { $cards } ({ $answers ->
    [one] 1 answer
   *[other] { $answers } answers
})
summary-accuracy = Accuracy: { $share } remembered ({ $passed } of { $answers })
summary-time = Time: { $time }
summary-next-today = The next card is due today at { $time }.
summary-next-tomorrow = The next card is due tomorrow at { $time }.
summary-next-on = The next card is due on { $date } at { $time }.
summary-none-scheduled = No card is scheduled yet.
summary-due-soon = Due tomorrow: { $tomorrow } · over the next 7 days: { $week }

## Recovery of a progress file that cannot be opened

recovery-set-aside = Whatever you choose, factdeck first moves this file aside and keeps it in the same folder under a dated name (progress-…-DATE.sqlite3); nothing is deleted or overwritten.
recovery-newest-backup = Your newest good backup
recovery-older-backups = { $count ->
    [one] 1 older backup is kept too; restore it later from Settings → Backups.
   *[other] { $count } older backups are kept too; restore one of them later from Settings → Backups.
}
recovery-no-backup = There is no good backup to restore.
recovery-restore-newest = Restore the newest backup
recovery-start-fresh = Start fresh
recovery-close = Close factdeck
recovery-try-again = Try again
recovery-restored = Restored the backup { $file }.
recovery-started-fresh = Started with fresh progress.
recovery-old-file-kept = The old file is kept as { $file }.

## Statistics

stats-title = Statistics
stats-show-last = Show the last
stats-one-year = 1 year
stats-today = Today: { $answered } answered, { $waiting } still waiting, { $time } spent · Streak: { $streak } · Longest streak: { $longest }
stats-reviews-title = Reviews per day
stats-reviews-none = No answers in the last { $range } days yet.
stats-reviews-reading = You answered { $total ->
    [one] once
   *[other] { $total } times
} on { $active } of the last { $range } days, { $average } a day when you studied.
stats-time-title = Time spent per day
stats-time-none = No study time in the last { $range } days yet.
stats-time-reading = You studied { $total } in the last { $range } days, { $average } on each day you studied.
stats-retention-title = Retention per week
stats-retention-reading = You passed { $share } of reviews in the last 7 days; your target is { $target }.
stats-retention-none = No cards came back for review in the last 7 days; your target is { $target }.
stats-due-title = Due in the next 30 days
stats-due-reading = { $today } due today (overdue included), { $tomorrow } tomorrow, { $month } over the next { $days } days.
stats-quiz-title = Quiz scores
stats-quiz-reading = Your last quiz: { $last } ({ $questions ->
    [one] 1 question
   *[other] { $questions } questions
}). { $quizzes ->
    [one] It is the only one so far.
   *[other] The last { $quizzes } quizzes averaged { $average }.
}
stats-quiz-none = No quiz finished yet: take one from Quiz at the top to see your scores here.
stats-quiz-chart-after-first = The chart of your scores starts with your first quiz.
stats-states-title = Card states
stats-states-reading = Of { $total } cards, { $mature } are mature, { $young } young, { $learning } learning and { $new } new{ $suspended ->
    [0] .
   *[other] ; { $suspended } are suspended.
}
stats-stability-title = Memory stability
stats-stability-reading = Your median card keeps 90 % recall for { $span }; { $answered ->
    [one] 1 card
   *[other] { $answered } cards
} answered.
stats-stability-none = No card has been answered yet.
stats-days-title = Study days
stats-days-reading = You studied on { $days ->
    [one] 1 day
   *[other] { $days } days
} in all; your current streak is { $streak }, your longest { $longest }.
stats-mastery-title = Mastery by topic: { $deck }
stats-mastery-reading = { $mastered } of { $facts } facts are recalled with at least { $retention } right now.
stats-facts-of = { $mastered } of { $facts } facts
stats-axis-day = day
stats-axis-answers = answers
stats-axis-minutes = minutes
stats-axis-week-starting = week starting
stats-axis-passed = passed (%)
stats-axis-cards-due = cards due
stats-axis-quiz = quiz
stats-axis-score = score (%)
stats-axis-state = state (young: interval < 21 d)
stats-axis-cards = cards
stats-axis-stability = days until recall falls to 90 %
stats-axis-week = week
stats-axis-weekday = weekday
stats-series-minutes = Minutes
stats-series-target = Target
stats-series-passed = Passed
stats-series-learning = Learning
stats-series-review = Review
stats-series-score = Score
stats-series-quizzes = Quizzes
stats-series-cards = Cards
stats-series-answers = Answers
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
state-new = new
state-learning = learning
state-young = young
state-mature = mature
state-suspended = suspended
stability-under-1-day = < 1 d
stability-1-3-days = 1–3 d
stability-3-7-days = 3–7 d
stability-1-2-weeks = 1–2 wk
stability-2-4-weeks = 2–4 wk
stability-1-3-months = 1–3 mo
stability-3-6-months = 3–6 mo
stability-6-12-months = 6–12 mo
stability-a-year-or-more = ≥ 1 y
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min

## Home: the decks

home-reviews-today = Reviews today: { $count }
home-no-deck = No deck could be loaded. The problems are listed below.
home-deck-problems = { $count ->
    [one] 1 problem in deck files; that deck was skipped:
   *[other] { $count } problems in deck files; those decks were skipped:
}
home-deck-problems-more = … and { $count } more (factdeck check lists them all)
home-deck-replaces-built-in = { $file } (line { $line }) has the id “{ $id }” of the built-in deck “{ $title }” and is shown in its place, with its progress. Give that file another id, or remove it, to have the built-in deck back.
home-deck-edited-copy = You study your own edited copy of “{ $title }” ({ $file }), with your progress. Remove that file to have the built-in deck back.
home-left-today = Left today: { $count }
home-streak = Streak: { $days }
home-streak-hint = Study today to keep it going.
home-longest-streak = Longest streak: { $days }
home-deck-cards = { $total ->
    [one] 1 card
   *[other] { $total } cards
}: { $new } new, { $learning } learning, { $review } in review{ $suspended ->
        [0] {""}
       *[other] , { $suspended } suspended
    }
home-badge-new = New
home-badge-learning = Learning
home-badge-due = Due
home-study = Study  (Enter)
home-quiz = Quiz  (Q)
home-weakest = Weakest of the { $count } topics you have started: { $topic } ({ $mastered } of { $started } started facts mastered)
home-weakest-only = Only one topic started so far: { $topic } ({ $mastered } of { $started } started facts mastered). Start another to compare.
home-weakest-none = No topic started yet: the weakest topic shows once you have studied some.
home-by-topic = By topic
home-topic = Topic
home-mastered = Mastered
home-mastered-hint = Facts you are predicted to recall now with at least your desired retention
home-new = New
home-learning = Learning
home-due = Due
home-topic-study = Study
home-topic-study-ahead = Study ahead
home-topic-study-hint = Study only “{ $topic }”
home-topic-nothing = Nothing in “{ $topic }” is waiting today
home-topic-quiz = Quiz
home-topic-quiz-hint = A quiz of just “{ $topic }”
home-deck-counts = { $new } new · { $learning } learning · { $due } due

## Quiz

quiz-setup-title = Quiz: { $deck }
quiz-setup-explained = Questions of every kind from the deck's facts. Each answer also counts as a review for the schedule.
quiz-setup-background-left-out = Background facts (not stated in the article) are left out; Settings can include them.
quiz-setup-background-included = Background facts (not stated in the article) are included, as set in Settings.
quiz-setup-only-section = Only the section „{ $section }“
quiz-setup-questions = Questions
quiz-setup-all = All
quiz-setup-topics = Topics
quiz-setup-all-topics = All topics
quiz-setup-no-topic = No topic
quiz-setup-kinds = Kinds of question
quiz-setup-feedback = Feedback
quiz-setup-after-each = After each question
quiz-setup-at-end = All at the end
quiz-setup-time-limit = Time limit
quiz-setup-no-limit = None
quiz-setup-count = { $count ->
    [one] 1 question
   *[other] { $count } questions
} (the chosen topics and kinds give up to { $available }).
quiz-setup-counting = Counting the questions these choices give…
quiz-setup-nothing = No question can be made from these choices: choose at least one topic and one kind.
quiz-setup-start = Start quiz (Enter)
quiz-question-of = Question { $number } of { $total }
quiz-score-so-far = Score so far: { $points } of { $answered }
quiz-time-left = Time left { $time }
quiz-see-results = See the results (Enter)
quiz-next-question = Next question (Enter)
quiz-end = End quiz (Esc)
quiz-end-question = End the quiz now?
quiz-end-explained = Questions not answered yet count as wrong. Esc or “Continue” goes back to the question.
quiz-continue = Continue
quiz-end-now = End now
keys-dont-know = Ctrl+Enter
shortcut-dont-know = in a typed answer: don't know — show the answer (in a quiz it counts as not known)
quiz-counted-as = Counted as { $rating } · back in { $wait }.
quiz-finished = Quiz finished
quiz-practise-mistakes = Practise my mistakes (P)
quiz-new = New quiz (N)
quiz-score = Score
quiz-points-of = { $points } of { $questions } ({ $share })
quiz-mistakes = Mistakes ({ $count })
quiz-no-mistakes = No mistakes. Well done!
quiz-score-line = Score: { $points } of { $questions } ({ $share })
quiz-time-taken = Time taken: { $time }
quiz-timed-out = { $count ->
    [one] The quiz ended before 1 question was answered; it counts as wrong.
   *[other] The quiz ended before { $count } questions were answered; they count as wrong.
}
quiz-mistake-heading = Question { $number } · { $kind } · { $topic }
quiz-not-answered = Not answered
quiz-right-answer = Right answer: { $answer }
quiz-right-answer-claim = Right answer: { $truth } — { $text }
quiz-from-fact = From the fact: { $line }

## Questions (in study sessions and quizzes)

question-check = Check (Enter)
question-background = Background – not in the article
question-choice-hint = Keys 1–{ $last } or A–{ $letter } choose an option; Enter checks it.
question-true = True (T)
question-false = False (F)
question-your-list = Your answer (one item per line with Shift+Enter, or separated by commas)
question-your-answer = Your answer
question-match-left = Match each of these …
question-match-right = … with one of these
question-match-hint = Pick an item on the left (key 1–6 or click), then its partner on the right (key A–F or click). Backspace clears a match.
question-earliest = Earliest
question-latest = Latest
question-drag = Drag to move
question-earlier = Earlier
question-later = Later
question-timeline-hint = Drag the events by their handles, or pick one with its number (or a click) and move it with the Up and Down arrow keys.
question-overruled = √ Counted as right (you said you were right)
question-right = √ Right
question-almost = ≈ Almost right (one typo)
question-partly = ½ Partly right ({ $share })
question-wrong = × Wrong
question-true-word = true
question-false-word = false
question-you-said = You said: { $said }. The claim is { $truth }.
question-correct = Right: { $text }
question-item-you-wrote = ≈ { $item } (you wrote “{ $given }”)
question-item-missing = × { $item } (missing)
question-not-on-list = Not on the list: { $items }
question-no-answer = You gave no answer.
question-your-answer-colon = Your answer:
question-pair-right = {"    "}right: { $right }
question-in-order = In order:
question-you-had-it = {"  "}(you had it at position { $position })
question-partly-plain = ½ Partly right
question-right-answer-colon = Right answer:
question-marks-legend = Underlined: what your answer lacked.
question-note-almost = Almost: { $answer }
question-note-items = { $named } of { $asked } { $asked ->
        [one] item
       *[other] items
    }{ $extra ->
        [0] .
        [one] , and one that is not on the list.
       *[other] , and { $extra } that are not on the list.
    }
question-note-partial-date = Right as far as it goes; the full answer is { $full }.
question-note-no-date = No date could be read in the answer.
question-note-no-number = No number could be read in the answer.
question-note-opposite = The number is right, but the article says „{ $article }“.
question-note-accepted-also = Accepted as right; the article says { $article }.

## Browse: the cards and a fact's page

browse-title = Browse cards
browse-search = Search
browse-search-hint = words in question or answer (Ctrl+F)
browse-count = { $shown } of { $total } cards · click a card to see its fact, state and history
browse-question = Question
browse-type = Type
browse-state = State
browse-due = Due
browse-stability = Stability
browse-difficulty = Difficulty
browse-lapses = Lapses
browse-sort-by = Sort by { $column }
browse-any = any
browse-deck = Deck
browse-question-type = Question type
browse-back = Back to all cards (Esc)
browse-fact-line = { $topic } · { $kind } fact · { $cards ->
    [one] 1 card
   *[other] { $cards } cards
}
browse-asked-as = Asked as { $variant }
browse-deck-order = Deck order
browse-edit = Edit wording…
browse-edit-hint = Change how this fact is worded; its cards keep their progress.
browse-edit-built-in = This fact is in the built-in deck. Saving makes your own copy of the deck in your decks folder, studied in its place from now on with your progress; every other fact stays as it is.
browse-edit-own = Saving rewrites this fact in its deck file; the rest of the file stays as it is, and the cards keep their progress.
browse-edit-one-per-line = One per line.
browse-edit-save = Save
browse-edit-saved = Saved in { $path }.
browse-edit-saved-copy = Saved in your own copy of the deck: { $path }.
browse-edit-not-saved = Not saved: { $reason }
edit-key-question = Question
edit-key-answer = Answer
edit-key-text = Statement
edit-key-name = Name
edit-key-role = Role
edit-key-event = Event
edit-key-value = Figure
edit-key-qualifier = Qualifier (über, circa…)
edit-key-unit = Unit
edit-key-date = Date
edit-key-items = Items (one per line)
edit-key-ask-role = Question for the role
edit-key-ask-name = Question for the name
edit-key-ask-event = Question for the event
edit-key-ask-place = Question for the place
edit-key-ask-item = Question for one item
edit-key-item-claim = Claim about one item (curly brackets mark where it goes)
edit-key-false-variants = Wrong versions (one per line)
edit-key-category = Category of the answer
edit-key-wrong-options = Wrong options (one per line)
edit-key-also-right = Also right (one per line)
edit-key-note = Note
edit-key-gloss = English gloss
edit-key-cue = Words in the article
browse-unsuspend = Unsuspend
browse-unsuspend-hint = Bring the card back into studying
browse-suspend = Suspend
browse-suspend-hint = Take the card out of studying; its progress stays
browse-reset-question = Start this card afresh as new? Its history stays.
browse-reset-confirm = Yes, reset
browse-reset = Reset…
browse-reset-hint = Start the card afresh as new; its history stays
browse-interval = Interval
browse-difficulty-of-10 = { $difficulty } of 10
browse-recall-now = Predicted recall now
browse-never-answered-dash = — (never answered)
browse-answers = Answers
browse-history = History
browse-never-answered = Never answered.
browse-asked-was = { $kind }, was { $phase }
browse-reset-entry = Reset
browse-started-afresh = started afresh as new
browse-due-now = now
browse-due-today = today { $time }
browse-hours = { $hours } h
browse-days = { $days } d
phase-review = review
phase-relearning = relearning
fact-number = number
fact-date = date
fact-list = list
fact-person = person
fact-place = place
fact-statement = statement
fact-reason = reason
fact-question = question
variant-value = value
variant-date = date
variant-items = items
variant-statement = statement
variant-reason = reason
variant-answer = answer
variant-role = role
variant-name = name
variant-event = event
variant-place = place
kind-flashcard = flashcard

## What was found when the progress file could not be opened

finding-not-sqlite = Your progress file is not a factdeck progress file
finding-truncated = Your progress file is cut short
finding-damaged = Your progress file is damaged
finding-newer = Your progress file is from a newer factdeck
finding-locked = Another program is holding your progress file
finding-cannot-open = Your progress file cannot be opened
finding-not-sqlite-explained = It does not begin the way a factdeck progress file (a SQLite database) does: it is filled with something else. Another program may have written over it, or a different file was put in its place.
finding-truncated-explained = It should be { $expected } bytes long, but only the first { $actual } are there. This happens when copying it or writing to the disk was interrupted.
finding-damaged-explained = SQLite's own check of the file found damage inside it: { $details }.
finding-newer-explained = It was written by a newer version of factdeck (file format { $found }; this version reads up to { $supported }). Updating factdeck opens it as it is; this version must not change it.
finding-locked-explained = Another program has locked the file, so factdeck cannot read it. It is probably fine. Close the other program (a backup or sync tool, a database browser) and try again. Nothing was changed.
finding-cannot-open-explained = { $reason }. The file itself may be fine, so it was not moved. Nothing was changed.
finding-foreign = Your progress file belongs to another program
finding-emptied = Your progress file has been emptied
finding-foreign-explained = It is a database, but not one factdeck made: it holds the tables { $tables }. factdeck has not changed it.
finding-foreign-unknown-explained = It is a database, but not one factdeck made, so factdeck has not changed it.
finding-foreign-marked-explained = It is a database, but another program marked it as its own, so factdeck has not changed it.
finding-emptied-closed-explained = The file is there but holds nothing, although it was { $bytes } bytes long when factdeck last closed it. Something emptied it; factdeck has not written to it.
finding-emptied-backup-explained = The file is there but holds nothing, although your newest backup holds { $answers ->
    [one] one answer
   *[other] { $answers } answers
}. Something emptied it; factdeck has not written to it.

## The progress file changed under an open window
file-changed-log = Another program deleted or replaced the write-ahead log of your progress file (the file ending in -wal) while factdeck had it open, so nothing more is saved here: answers saved now would go to a file no one reads. Close factdeck and open it again to go on.
file-changed-log-kept = Another program deleted or replaced the write-ahead log of your progress file (the file ending in -wal) while factdeck had it open, so nothing more is saved here: answers saved now would go to a file no one reads. Every answer up to here was written into the progress file. Close factdeck and open it again to go on.
file-changed-file = Another program moved, deleted or replaced your progress file while factdeck had it open, so nothing more is saved here: answers saved now would go to a file no one reads. Close factdeck and open it again to go on.

## Reading screen
nav-reading = Reading
shortcut-open-article = open your copy of the article
shortcut-back-to-text = from a fact back to the text
keys-nav-reading = Ctrl+6 or Ctrl+R
keys-open-article = Ctrl+O
reading-file-menu = File
reading-open-article = Open article…
reading-open-article-key = Open article…  (Ctrl+O)
reading-outline = Outline
reading-text-pane = Article
reading-study-section = Study this section
reading-quiz-section = Quiz this section
reading-nothing-waiting = Nothing in this section is waiting today
reading-section-counts = { $new } new · { $learning } learning · { $due } due
reading-other-facts = Facts without a section
reading-background-fact = { $words } (background, not in the article)
reading-level-mastered = mastered
reading-level-learning = learning
reading-level-new = new
reading-level-suspended = suspended
reading-legend-hint = Mastered: every card of the fact is predicted to be recalled now with at least your desired retention. Learning: started, not yet mastered. New: never answered. Suspended: all its cards are suspended.
reading-no-article-title = Read along in your own copy of the article
reading-no-article-text = Open the article as a text file (UTF-8) to see every fact of the outline highlighted where it stands, coloured by how well you know it. Use File > Open article (Ctrl+O), drag the file onto this window, or start factdeck with --article FILE. factdeck remembers the file for next time; it does not come with a copy of the article.
reading-click-fact-hint = Click a fact in the outline to see its cards and their history.
reading-found = { $found } of { $total ->
    [one] 1 fact
   *[other] { $total } facts
} found in this text
reading-not-found-heading = Not found in this text ({ $count })
reading-background-count = { $count ->
    [one] 1 background fact is
   *[other] { $count } background facts are
} not stated in the article and not highlighted.
reading-back-to-text = Back to the text (Esc)
reading-close-fact = Close (Esc)
reading-fact-details = { $topic } · section „{ $section }“ · { $count ->
    [one] 1 card
   *[other] { $count } cards
}
reading-in-article = In the article: „{ $cue }“
reading-in-article-not-found = In the article: „{ $cue }“ (not found in this text)
reading-note = Note: { $note }
reading-suspend-hint = To suspend or reset a card, find it under Browse.
reading-drop-hint = Drop the article's text file to open it
reading-dialog-title = Open the article (a text file)
reading-dialog-text-files = Text
reading-dialog-all-files = All files
reading-dialog-failed = The file dialog could not be started: { $reason }.
reading-no-dialog = No file dialog is available on this desktop (factdeck uses the desktop portal or zenity). Drag the article's text file onto the window instead, or start factdeck with --article FILE.
reading-section-empty = This section has no facts to quiz.
reading-open-failed = The article was not opened: { $reason }.
reading-not-remembered = The article is open, but it will not be opened again next time: { $reason }.
reading-remembered-unknown = The article opened last time is not known: { $reason }.
reading-reopen-failed = The article you read last time could not be opened again: { $reason }. Open it again with File > Open article.
reading-opened-elsewhere = { $file } is now open on the Reading screen (Ctrl+R).
reading-article-missing = the article file { $path } does not exist (was it moved or deleted?)
reading-article-folder = { $path } is a folder; choose the text file of the article
reading-article-unreadable = the article file { $path } could not be read: { $reason }
reading-article-not-regular = { $path } is not a regular file (a pipe or a device?); choose the text file of the article
reading-article-too-large = { $path } is more than { $limit } bytes, far too large for an article; choose the article's text file
reading-article-not-text = { $path } is not plain text in UTF-8 (a word processor file or another encoding?); save the article as a UTF-8 text file and open that

## Import screen
keys-import = Ctrl+I
shortcut-import = import cards from Anki or Quizlet, or a review log
shortcut-import-read = read the file and show what it holds
import-menu = Import cards…
import-title = Import
import-explained = Cards exported from Anki (Notes in Plain Text) or Quizlet (term, tab, definition) become a new deck; a review log in the FSRS CSV format joins your progress. The file is read and shown first; nothing is written until you confirm.
import-file = File to import
import-read = Read the file
import-choose = Choose a file…
import-dialog-title = Import cards or a review log
import-dialog-exports = Exports (text, CSV)
import-no-dialog = No file dialog is available on this desktop (factdeck uses the desktop portal or zenity). Type or paste the file's path above instead.
import-cards-read = { $count ->
    [one] One card read from { $file }:
   *[other] { $count } cards read from { $file }:
}
import-more = … and { $count } more
import-lines-left-out = { $count ->
    [one] One line could not be read and will be left out:
   *[other] { $count } lines could not be read and will be left out:
}
import-deck-title = Deck title
import-deck-id = Deck id
import-cards-button = { $count ->
    [one] Import one card as a new deck
   *[other] Import { $count } cards as a new deck
}
import-cards-done = { $count ->
    [one] One card imported into the deck „{ $title }“.
   *[other] { $count } cards imported into the deck „{ $title }“.
}
import-log-read = { $count ->
    [one] One answer read from { $file }.
   *[other] { $count } answers read from { $file }.
}
import-log-explained = Answers already in your progress are skipped; answers to cards none of your decks has count in the statistics and for “Optimise for me”.
import-log-rows-left-out = { $count ->
    [one] One row was left out: it cannot be a real answer. The other answers are imported.
   *[other] { $count } rows were left out: they cannot be real answers. The other answers are imported.
}
import-log-row-too-early = the answer is dated { $date }, before 1987, when the first spaced-repetition program appeared
import-log-row-in-the-future = the answer is dated { $date }, more than a day from now
import-log-row-negative-duration = the answer took { $ms } ms, less than nothing
import-log-row-duration-over-a-day = the answer took { $ms } ms, more than a day
import-log-button = Add them to my progress
import-log-done = { $added ->
    [one] One answer added to your progress
   *[other] { $added } answers added to your progress
} ({ $skipped } skipped).
import-read-only = Importing is not possible while this window is read-only (see above): another factdeck uses your data folder.
import-back = Back to the decks (Esc)
import-column-line = line
import-column-question = question
import-column-answer = answer

## Sync with other computers (the header's line and Settings → Sync)

sync-header-never = Sync: not synced yet
sync-header-syncing = Syncing…
sync-header-synced = Synced { $when } { $peers ->
    [0] (no other computer yet)
    [one] with 1 other computer
   *[other] with { $peers } other computers
}
sync-header-problem = Sync: { $problem }
sync-when-just-now = just now
sync-when-minutes = { $minutes } min ago
sync-when-at = on { $time }
sync-problem-no-folder = no sync folder is set
sync-problem-missing = the folder { $folder } is not there (a disk not mounted, or the folder moved); studying goes on here
sync-problem-not-a-folder = { $folder } is a file, not a folder
sync-problem-cannot-write = the folder { $folder } cannot be written to ({ $reason }); studying goes on here
sync-problem-cannot-read = the folder { $folder } cannot be read ({ $reason }); studying goes on here
sync-problem-store = the progress file: { $reason }
sync-problem-decks = the data folder's decks: { $reason }
sync-problem-no-thread = the sync thread cannot start: { $reason }
sync-inside-data-folder = it is inside the data folder
sync-deck-conflict = { $deck } was edited on two computers: the latest version is in place, the other is kept as { $kept }.
sync-decks-updated = Decks changed on another computer were loaded.
settings-sync = Sync
settings-sync-explained = Study on several computers: choose a folder that Syncthing, Nextcloud or Dropbox keeps the same on each of them (or a USB stick). factdeck writes only its own new files there and reads the other computers'.
settings-sync-folder = Sync folder
settings-sync-use = Use this folder
settings-sync-on = Syncing through this folder from now on.
settings-sync-is-off = Sync is off.
settings-sync-device = This computer's device id: { $id }
settings-sync-now = Sync now
settings-sync-stop = Stop syncing
settings-sync-stopped = Sync is off. The folder and what is in it were left as they are.

## Draft screen: a new deck from an article
draft-menu = New deck from an article…
draft-title = New deck from an article
draft-explained = factdeck reads a German article (a text file) and proposes its facts: figures, dates, people, places, lists, claims and reasons, each with a question. You accept, edit or drop each one beside the article; only the facts you accept become a deck, studied like any other. Nothing is saved until you press Save.
draft-file = Article file
draft-read = Propose facts
draft-choose = Choose a file…
draft-dialog-title = Choose an article (a text file)
draft-no-dialog = No file dialog is available on this desktop (factdeck uses the desktop portal or zenity). Type or paste the article's path above instead.
draft-nothing-found = No fact could be proposed from this text.
draft-proposed = { $count ->
    [one] One fact proposed from { $file }.
   *[other] { $count } facts proposed from { $file }.
}
draft-left-out = { $count ->
    [one] One more was left out: its question would not pass the question lint.
   *[other] { $count } more were left out: their questions would not pass the question lint.
}
draft-counts = { $accepted } accepted · { $dropped } dropped · { $open } to decide
draft-deck-title = Deck title
draft-deck-id = Deck id
draft-save = { $count ->
    [one] Save one fact as a deck
   *[other] Save { $count } facts as a deck
}
draft-accept-rest = Accept all still to decide
draft-back = Back to the decks (Esc)
draft-edit-hint = Click a question (or its highlight in the article) to edit it; applying a change accepts the fact. Press Accept or Drop again to take the decision back.
draft-text-hint = Every proposal's words are highlighted: blue to decide, green accepted, grey dropped, orange the one you edit. Click one to find it in the list.
draft-accept = Accept
draft-drop = Drop
draft-state-open = to decide
draft-state-accepted = accepted
draft-state-dropped = dropped
draft-question = Question
draft-answer = Answer
draft-role = Role
draft-event = What happens there
draft-apply = Apply the changes
draft-in-article = In the article: „{ $cue }“
draft-saved = { $count ->
    [one] The deck „{ $title }“ with one fact is among your decks.
   *[other] The deck „{ $title }“ with { $count } facts is among your decks.
}
draft-error-no-text = The file holds no sentences to propose facts from.
draft-error-bad-id = “{ $id }” is no deck id: use lowercase letters a–z, digits, - and _.
draft-error-no-title = The deck needs a title.
draft-error-nothing-accepted = No fact is accepted: accept at least one to save a deck.
draft-error-number = “{ $text }” is no figure: write it like „über 120.000 Leiharbeiter“ or „80 Prozent“.
draft-error-date = “{ $text }” is no date: write a year (2013), a month and year (Februar 2019), a month (Februar), a day (25. April 2019) or a weekday (Donnerstag).
draft-error-short-list = A list needs at least two items, separated by commas.
draft-error-empty = The field “{ $field }” may not be empty.
draft-error-invalid = The deck would not load: { $reason }
draft-error-id-taken = A deck with the id “{ $id }” is loaded already; choose another id.
draft-error-file-exists = { $path } exists already; choose another id.
draft-error-not-written = { $path } could not be written: { $reason }
shortcut-draft-read = read the article and propose its facts
shortcut-draft-escape = stop editing a fact; back to the decks

## What the system said, in plain words

io-not-found = it does not exist
io-permission-denied = permission was denied
io-already-exists = it exists already
io-storage-full = the disk is full
io-read-only = the disk is read-only
io-is-a-folder = it is a folder
io-not-a-folder = a part of the path is not a folder
sqlite-disk-full = the disk is full
sqlite-read-only = the progress file or its folder is read-only
sqlite-busy = another program is using the progress file
sqlite-cannot-open = the file cannot be opened (check the folder's permissions)
sqlite-permission-denied = permission was denied
sqlite-io-failure = the disk reported an error while writing
sqlite-corrupt = the file is damaged
sqlite-not-a-database = the file is not a SQLite database

## Problems with the progress file (the store's errors)

store-error-create-folder = cannot create the data folder { $path }: { $reason }
store-error-unreadable = { $path } is not a factdeck progress file, or it is damaged ({ $reason }); it was left untouched
store-error-unusable = { $path }: { $headline }. { $explanation } It was left untouched
store-error-damaged = { $path } is damaged ({ $details }); it was left untouched
store-error-busy = another program is holding { $path } locked, so it cannot be read; close that program and try again. The file was left untouched
store-error-newer-version = { $path } was written by a newer factdeck (format { $found }; this version knows up to { $supported }); update factdeck to open it. The file was left untouched
store-error-write = the progress file could not be written: { $reason }
store-error-read = progress could not be read: { $reason }
store-error-corrupt = a stored value is not valid: { $details }
store-error-backup = the backup { $path } could not be made: { $reason }
store-error-copy-backup = cannot copy the backup to { $path }: { $reason }
store-error-create-backups-folder = cannot create the backups folder { $path }: { $reason }
store-error-lock = cannot lock { $path }: { $reason }
store-error-move-aside = cannot move aside { $path }: { $reason }
store-error-open-lock-file = cannot open the lock file { $path }: { $reason }
store-error-put-backup-in-place = cannot put the backup in place of { $path }: { $reason }
store-error-read-backups-folder = cannot read the backups folder { $path }: { $reason }
store-error-read-restore-journal = cannot read the restore journal { $path }: { $reason }
store-error-remove-old-backup = cannot remove the old backup { $path }: { $reason }
store-error-write-backup = cannot write the backup { $path }: { $reason }
store-error-write-restore-journal = cannot write the restore journal { $path }: { $reason }
store-error-in-use = another factdeck is using { $data_dir }; close it first (nothing was changed)
store-error-needs-upgrade = { $path } has format { $found } and must be upgraded to format { $current } before this factdeck can read it, which cannot happen while another factdeck is using it; close the other factdeck
store-error-bad-backup = { $path } is not a usable backup: { $reason }
store-error-file-changed = { $path }: { $what }
store-error-lock-is-link = { $path } is a link, not factdeck's lock file; factdeck never writes through a link it did not make, so it does not write in this folder. Remove the link to study here
finding-sqlite-cannot-open = SQLite cannot open it: { $reason }

## Problems of the session, the scheduler and the optimiser

session-error-unknown-deck = there is no deck with the id `{ $id }`
session-error-unknown-card = the deck has no card `{ $id }`
session-error-read-only = nothing can be saved here: { $reason }
session-error-no-data-dir = this collection has no data folder
session-error-empty-quiz = no question can be made from the chosen topics and kinds of question
session-error-path-not-unicode = the path { $path } cannot be remembered: it is not valid Unicode
read-only-held = another factdeck is already using { $data_dir }, so this window only shows your progress; close the other one to study here
read-only-held-by-process = another factdeck (process { $process }) is already using { $data_dir }, so this window only shows your progress; close the other one to study here
read-only-cannot-lock = factdeck cannot write in { $data_dir }: { $reason }
read-only-file = the progress file is open read-only
schedule-error-parameters = the scheduler's parameters are not valid FSRS-6 parameters ({ $reason })
schedule-error-model = the scheduler could not compute the next review ({ $reason })
evaluate-error-not-enough-data = not enough reviews to evaluate: { $found } items, at least { $needed } needed
evaluate-error-fitting = fitting FSRS parameters failed: { $reason }
evaluate-model-fitted = FSRS-6 fitted on the past (time-series split)
evaluate-model-default = FSRS-6 default parameters
evaluate-model-sm2 = SM-2 (Anki defaults)

## Problems of a file to import

import-source-anki = Anki text export
import-source-tab-separated = term<TAB>definition lines (Quizlet)
import-separator-tab = a tab
import-separator-space = a space
import-line-unreadable = cannot be read: { $reason }
import-line-control-character = holds the control character { $code }, which is no text
import-line-duplicate = the same card as line { $first }; kept once
import-line-no-separator = no separator ({ $separator }) between question and answer
import-line-empty-question = the question is empty (the answer is „{ $answer }“)
import-line-empty-answer = the answer is empty (the question is „{ $question }“)
import-line-empty-cloze = cloze c{ $number } hides nothing
import-error-no-cards = no card could be read from the file
import-error-bad-deck-id = `{ $id }` cannot be a deck id: use lowercase letters a-z, digits, `-` and `_`
import-error-bad-title = the title holds the control character { $code }, which is no text
import-error-invalid = the deck file came out invalid, which is a bug in factdeck: { $problems }
import-error-serialise = the deck file could not be written: { $reason }
import-error-unreadable = cannot read { $path }: { $reason }
import-error-zero-byte = { $path }:{ $line }: the file holds a zero byte, so it is not UTF-8 text (perhaps UTF-16, or not text at all); export it from Anki or Quizlet as plain UTF-8 text
import-error-not-utf8 = { $path } is not UTF-8 text; export it from Anki or Quizlet as plain text
import-error-exists = { $path } exists already: replace it (cards whose question is unchanged keep their progress), or choose another deck id
import-error-id-taken = a deck with the id `{ $id }` is loaded already; choose another deck id
import-error-create-folder = cannot create { $path }: { $reason }
import-error-write = cannot write { $path }: { $reason }
import-default-title = imported
import-topic-name = Imported
import-deck-description = Imported from { $origin }.
import-log-row-left-out = { $file }:{ $line }: { $why }; left out
log-row = line { $line }: { $problem }
log-row-rating = rating { $rating } is not 1, 2, 3 or 4
log-row-time = `{ $text }` is not an ISO-8601 time ({ $reason })
log-unreadable = the file could not be read: { $reason }

## The command line (factdeck check, stats, import, export, draft, restore, evaluate)

cli-no-data-dir = no data folder could be found for this user; pass --data-dir DIR
cli-data-dir-is-file = { $path } is a file, not a folder: --data-dir (or FACTDECK_DATA_DIR) must name the folder that holds your progress; nothing was changed
cli-cannot-write = cannot write { $path }: { $reason }
cli-cannot-open = cannot open { $path }: { $reason }
cli-wrote = wrote { $path }
cli-check-article-unreadable = cannot read the article { $path }: { $reason }
cli-check-passed = { $origin }: ok ({ $facts } facts, { $cards } cards)
cli-check-problems = { $count ->
    [one] 1 problem found
   *[other] { $count } problems found
}
cli-draft-nothing = no fact could be drafted from { $path }
cli-draft-exists = { $path } exists already; choose another file with --out
cli-draft-wrote = Wrote { $path }: { $count } facts proposed from { $article } ({ $kinds }).
cli-draft-read-each = Read each question and answer and delete or edit what you would not learn; then:
cli-draft-copy = and copy the file into the decks folder of your data folder to study it.
cli-import-cards-read = { $count ->
    [one] 1 card
   *[other] { $count } cards
} read from { $file } ({ $source }):
cli-import-card = {"  "}line { $line }: { $question }  ->  { $answer }
cli-import-lines-left-out = { $count ->
    [one] 1 line could not be read and was left out
   *[other] { $count } lines could not be read and were left out
}
cli-import-no-cards = no card could be read from { $path }
cli-import-exists = { $path } exists already: pass --replace to update it (cards whose question is unchanged keep their progress), or --deck-id to make another deck
cli-import-id-taken = a deck with the id `{ $id }` is loaded already; choose another with --deck-id
cli-import-bad-deck-id = `{ $id }` cannot be a deck id: use lowercase letters a-z, digits, `-` and `_` (--deck-id)
cli-import-bad-title = the title holds the control character { $code }, which is no text (--title)
cli-import-dry-run-deck = Nothing written (--dry-run); the deck would be { $path }.
cli-import-wrote = Wrote { $path } with { $count ->
    [one] 1 question
   *[other] { $count } questions
}; it is among your decks from the next start.
cli-import-log-read = { $count ->
    [one] 1 answer
   *[other] { $count } answers
} read from { $file }.
cli-import-log-rows-left-out = { $count ->
    [one] 1 row was left out: it cannot be a real answer (see above); the others are imported
   *[other] { $count } rows were left out: they cannot be real answers (see above); the others are imported
}
cli-import-dry-run = Nothing written (--dry-run).
cli-import-log-added = { $count ->
    [one] 1 answer
   *[other] { $count } answers
} of { $cards ->
    [one] 1 card
   *[other] { $cards } cards
} added to your progress.
cli-import-log-already-there = { $count ->
    [one] 1 answer was there already and was left alone.
   *[other] { $count } answers were there already and were left alone.
}
cli-import-log-older-than-own = { $count ->
    [one] 1 answer was left out: it is older than answers you already gave that card.
   *[other] { $count } answers were left out: they are older than answers you already gave those cards.
}
cli-import-log-unknown-cards = { $count ->
    [one] 1 of the answers belongs to a card none of your decks has; it counts in your statistics and for “Optimise for me”.
   *[other] { $count } of the answers belong to cards none of your decks has; they count in your statistics and for “Optimise for me”.
}
cli-export-no-deck = there is no deck `{ $id }`; the decks are: { $known }
cli-export-log-not-written = the log could not be written: { $reason }
cli-export-log-answers = { $count ->
    [one] 1 answer in the log
   *[other] { $count } answers in the log
}
cli-export-not-written = the export could not be written: { $reason }
cli-stats-progress-in = Progress in { $path }
cli-stats-reviews = Reviews: { $total } in all, { $today } today
cli-stats-deck = { $title } ({ $id }): { $new } new, { $learning } learning, { $review } in review; due today: { $due_new } new, { $due_learning } learning, { $due } due
cli-stats-today = Today: { $done } answered, { $remaining } still waiting. Streak: { $streak ->
    [one] 1 day
   *[other] { $streak } days
}, longest { $longest }.
cli-stats-retention = Retention over the last 7 days: { $share } (target { $target })
cli-stats-mastery = Mastery in { $title }:
cli-stats-topic = {"  "}{ $mastered } of { $facts } facts  { $name }
cli-restore-backups-in = Backups in { $folder }:
cli-restore-none-yet = (none yet: factdeck makes one each study day you open it)
cli-restore-how = Restore one with `factdeck restore NAME`, or `factdeck restore newest`.
cli-restore-no-good-backup = there is no good backup in { $folder }
cli-restore-not-found = there is no backup { $name }; `factdeck restore --list` lists them
cli-restored = Restored { $path }.
cli-restore-kept = The file it replaced is kept as { $path }.
cli-evaluate-summary = { $reviews } reviews of { $cards } cards, { $items } training items; scored on reviews after each training period
cli-evaluate-model = model

## Problems in a deck file (after `file:line:column:`)

deck-line = line { $line }: { $problem }
deck-toml = { $message }
deck-control-character = the text holds an invisible control character ({ $code }) here; remove it
deck-text-not-closed = this text is not closed: the closing quote is missing before the end of the line
deck-table-header-not-closed = this table header is not closed: `]` is missing
deck-key-twice = the key `{ $key }` stands twice in this table; each key may appear once
deck-key-without-value = `=` and a value are missing after this key
deck-unknown-escape = unknown escape after `\` in this text; write `\\` for a backslash
deck-value-missing = a value is missing here, or it is text without quotes around it
deck-expected-text = text in quotes
deck-expected-boolean = true or false
deck-expected-list = a list in brackets, like ["a", "b"]
deck-found-number = the number { $number }
deck-found-text = the text { $text }
deck-found-list = a list
deck-found-table = a table
deck-key-wrong-type = `{ $key }` must be { $expected }, not { $found }
deck-wrong-type = expected { $expected } here, not { $found }
deck-unknown-key-in-table = unknown key `{ $key }` in { $table }; it may have: { $allowed } (a key written below a table header belongs to that table)
deck-table-missing-key = { $table } is missing `{ $key }`
deck-unknown-top-level-key = unknown key `{ $key }`: a deck file has [deck], [[topics]], [[sections]] and [[facts]]
deck-empty-file = the file is empty; a deck starts with a [deck] table giving its id and title
deck-no-deck-table = the file has no [deck] table with the deck's id and title
deck-no-topics = the deck has no [[topics]]; every fact needs a topic
deck-no-facts = the deck has no [[facts]]
deck-duplicate-fact-id = duplicate fact id `{ $id }`
deck-duplicate-topic-id = duplicate topic id `{ $id }`
deck-duplicate-section-id = duplicate section id `{ $id }`
deck-not-tables = `{ $what }` must be written as [[{ $what }]] tables
deck-fact-not-table = each fact must be a [[facts]] table
deck-id-of-deck = deck
deck-id-of-topic = topic
deck-id-of-section = section
deck-id-of-fact = fact
deck-empty-id = the { $of } id is empty
deck-bad-id = the { $of } id `{ $id }` may only use lowercase letters a-z, digits, `-` and `_`
deck-empty-value = `{ $key }` is empty
deck-fact-without-kind = this fact is missing `kind`
deck-kind-not-text = `kind` must be text such as "number" or "list"
deck-fact-missing = [[facts]] is missing `{ $key }`
deck-unknown-kind = unknown fact kind `{ $name }`; the kinds are: { $kinds }
deck-unknown-key-for-kind = unknown key `{ $key }` for a { $kind } fact; it may have: { $allowed }
deck-kind-missing-key = this { $kind } fact is missing `{ $key }`
deck-unknown-topic = unknown topic `{ $topic }`; the deck's topics are: { $known }
deck-unknown-section = unknown section `{ $section }`; the deck's sections are: { $known }
deck-none = (none)
deck-not-a-date = `{ $text }` is not a date: write a year (2013), a month (2019-02), a month alone (--02), a day (2019-04-25) or a German weekday (Donnerstag)
deck-not-a-day = `{ $text }` is not a day of the calendar
deck-not-a-figure = `{ $key }` of a number fact are figures such as "über 150.000 Leiharbeiter"; `{ $text }` holds no figure
deck-not-a-number = `value` must be a number such as 120000 or "120.000"; { $shown } is not one
deck-item-claim-placeholder = `item_claim` must hold `{"{}"}` once, where an item goes, as in "Nordkorea darf {"{}"} nicht ausführen."
deck-empty-list = `{ $key }` is an empty list
deck-twice-in-list = `{ $text }` stands twice in `{ $key }`
deck-id-used-by = deck id `{ $id }` is already used by { $other }; this file is skipped
deck-deck-folder-unreadable = cannot read the deck folder: { $reason }
deck-folder-unreadable = cannot read the folder: { $reason }
deck-no-deck-files = the folder holds no .toml deck files
deck-file-unreadable = cannot read the file: { $reason }
deck-too-large = the file is { $megabytes } MB; deck files may be at most { $most } MB
deck-utf32 = the file is UTF-32 text; save it as UTF-8
deck-utf16 = the file is UTF-16 text; save it as UTF-8
deck-utf16-without-mark = the file looks like UTF-16 text without a byte-order mark (every other byte is zero); save it as UTF-8
deck-zero-byte = the file holds binary data (a zero byte here), not text: a deck is a TOML text file
deck-latin1 = the file is not UTF-8: the byte { $byte } here would be „{ $char }“ in Latin-1 (ISO 8859-1 or Windows-1252); save the file as UTF-8
deck-binary-byte = the file holds binary data (the byte { $byte } here is not text): a deck is a TOML text file
deck-not-utf8 = the file is not UTF-8: the byte { $byte } here cannot be read; save it as UTF-8
deck-lint = question lint [{ $rule }]: fact `{ $fact }`: { $finding }
deck-no-cue = fact `{ $fact }` has no `cue`; give a few words that stand verbatim in { $article }, or mark it `context = true`
deck-cue-not-in-article = the cue of fact `{ $fact }` ("{ $cue }") does not stand verbatim in { $article }
deck-replaces-built-in = the deck id `{ $id }` is the built-in deck's, so this file replaces the built-in deck „{ $title }“ (its cards and progress); give the file another id, or remove it, to have the built-in deck back
deck-edited-copy = your edited copy of the built-in deck „{ $title }“ is used in its place, with its progress; remove the file to have the built-in deck back
import-replace = Replace it

## The question lint of factdeck check

lint-option-precision = wrong option `{ $option }` is not a date of the answer's precision
lint-unfair-option = wrong option `{ $option }` { $why }
lint-prompt-holds-answer = the question of `{ $card }` („{ $prompt }“) holds its answer „{ $answer }“
lint-variant-not-minimal = false variant „{ $variant }“ is not one small change of „{ $text }“: change a few words in one place, so the claim is judged by what it says, not how
lint-variant-absolute = false variant „{ $variant }“ adds „{ $word }“, a word that marks a claim as false by itself
lint-variant-true-elsewhere = false variant „{ $variant }“ is what fact `{ $fact }` says is true
lint-person-without-ask-name = a person without `ask_name` is asked „Wer ist gemeint? – …“: write the question
lint-place-without-ask-place = a place without `ask_place` is asked „Wo? – …“: write the question
lint-list-without-ask-item = a list with wrong options or a category but no `ask_item` never asks about one item: write the question for one item
lint-background-in-question = its question says „nicht im Artikel“: mark the fact `context = true` instead; the window shows background facts as such
lint-role-names-another-person = its role names { $other }, who is also asked about: matching people to roles would give the pair away
unfair-empty = is empty
unfair-also-right = reads as a right answer (the answer, an item of the list or an `also_right` form)
unfair-overlaps = contains a right answer or is contained in one
unfair-logically-true = is true whenever the answer is (a lower figure beside „über“, a higher one beside „unter“)
unfair-too-close = is too close to the answer's figure to be clearly wrong
unfair-other-category = is not of the answer's kind (no figure, or another unit)
unfair-names-the-subject = names the person asked about
unfair-named-in-question = is named in the question itself

## Backups and what is found in a progress file

backup-not-started = the backup could not be started: { $reason }
backup-stopped = the backup stopped unexpectedly
backup-daily-failed = today's backup could not be made: { $reason }
backup-newer = it was written by a newer factdeck (format { $found }; this version knows up to { $supported })
backup-no-progress = it holds no factdeck progress
backup-damaged = it is damaged ({ $details })
backup-not-a-file = it is not a plain file
backup-foreign = it is another program's database
finding-cannot-read = { $path } cannot be read: { $reason }
finding-dangling-link = { $path } is a link to a file that does not exist, and factdeck does not create files through links
finding-folder = { $path } is a folder, not a file
finding-empty-beside-log = the file is empty, but its write-ahead log beside it holds { $bytes } bytes
finding-page-size = its header gives an impossible page size ({ $size })
finding-no-details = no details
finding-more-problems = { $first } (and { $count ->
    [one] 1 more problem
   *[other] { $count } more problems
})

## Editing a fact's wording

session-error-deck-not-read = { $path } could not be read: { $reason }
session-error-fact-not-saved = the new wording does not make a valid deck: { $reason }
edit-error-not-toml = the deck file is not TOML this editor can read: { $reason }
edit-error-no-deck-table = the deck file is not TOML this editor can read: it has no [deck] table
edit-error-no-such-fact = the deck file has no fact `{ $id }` in a [[facts]] table
edit-error-fixed = `{ $key }` cannot be changed here

## factdeck sync

cli-sync-off = Sync is off; the sync folder and what is in it were left as they are.
cli-sync-renewed-id = This data folder was copied from another computer (or its device id was in use), so it took a new device id; nothing was lost.
cli-sync-synced = Synced: { $written } change(s) written, { $segments } segment(s) read, { $added } change(s) taken in ({ $here } already here), { $cards } card(s) brought up to date.
cli-sync-incomplete = not complete yet (still being copied?)
cli-sync-bad-checksum = its checksum does not match (damaged, or being copied)
cli-sync-newer-format = written by a newer factdeck (format { $format })
cli-sync-damaged = damaged: { $reason }
cli-sync-too-large = { $size } MB, larger than any segment factdeck writes ({ $limit } MB at most): never read
cli-sync-left-for-later = Left for later: { $name }: { $why }.
cli-sync-deck-updated = Deck file updated from another computer: { $path }.
cli-sync-is-off = Sync is off. Turn it on with `factdeck sync --folder DIR`.
cli-sync-folder = Sync folder: { $path }
cli-sync-device-id = This computer's device id: { $id }
cli-sync-last-synced = Last synced: { $when } with { $peers } other computer(s)
cli-sync-not-yet = Not synced yet.
cli-sync-waiting = Changes not yet written to the folder: { $count }
cli-sync-problem = Problem: { $problem }

## A file the learner named that could not be read

file-missing = the file does not exist
file-folder = it is a folder, not a file
file-not-regular = it is not a regular file (a pipe or a device?)
file-too-large = it is { $size } MB, more than the { $limit } MB allowed

## Limits of a deck file

deck-ids-and-more = { $ids } and { $count } more
deck-nested-too-deeply = tables, lists or dotted keys are nested too deeply here; a deck nests no deeper than a list in a [[facts]] table
deck-id-too-long = the { $of } id is { $chars } characters long; an id may have at most { $most }
deck-text-too-long = `{ $key }` is { $chars } characters long; a text in a deck may have at most { $most }
deck-figure-too-large = `{ $key }` holds a figure beyond 1.000.000.000.000.000, the largest a deck may hold
deck-too-many-facts = the deck has { $count } facts; a deck may have at most { $most }
deck-too-many-topics = the deck has { $count } topics; a deck may have at most { $most }
deck-too-many-sections = the deck has { $count } sections; a deck may have at most { $most }
deck-list-too-long = `{ $key }` has { $count } entries; a list of a fact may have at most { $most }
deck-more-problems = … and { $count } more problems in this file
import-error-too-many-cards = the file holds { $count } cards; a deck may have at most { $most }, so nothing was written: split the file
import-error-too-large = the deck file would be { $megabytes } MB; a deck file may be at most { $most } MB, so nothing was written: split the file
cli-cannot-read = cannot read { $path }: { $reason }
