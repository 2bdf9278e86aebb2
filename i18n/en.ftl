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
settings-data-folder-explained = Everything factdeck knows about your studying is in this folder (progress.sqlite3 and its backups). To keep it elsewhere, start factdeck with --data-dir FOLDER or set FACTDECK_DATA_DIR; to take your progress to another computer, copy the whole folder.
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
home-deck-cards = { $total } cards: { $new } new, { $learning } learning, { $review } in review{ $suspended ->
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
import-log-row-too-early = { $file }:{ $line }: the answer is dated { $date }, before 1987, when the first spaced-repetition program appeared
import-log-row-in-the-future = { $file }:{ $line }: the answer is dated { $date }, more than a day from now
import-log-row-negative-duration = { $file }:{ $line }: the answer took { $ms } ms, less than nothing
import-log-row-duration-over-a-day = { $file }:{ $line }: the answer took { $ms } ms, more than a day
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
sync-problem-other = { $reason }
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
