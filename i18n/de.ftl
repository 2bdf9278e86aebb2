# Die Oberfläche von factdeck auf Deutsch. Jede id hier steht auch in en.ftl (tests/i18n.rs).

## Gemeinsam

common-dismiss = Schließen
common-ok = OK
common-cancel = Abbrechen
common-back = Zurück
count-cards = { $count ->
    [one] 1 Karte
   *[other] { $count } Karten
}
count-answers = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
}
count-days = { $count ->
    [one] 1 Tag
   *[other] { $count } Tage
}
count-reviews = { $count ->
    [one] 1 Wiederholung
   *[other] { $count } Wiederholungen
}
count-questions = { $count ->
    [one] 1 Frage
   *[other] { $count } Fragen
}

## Fenster und Navigation

nav-decks = Stapel
nav-quiz = Quiz
nav-statistics = Statistik
nav-browse = Karten
nav-settings = Einstellungen
nav-shortcuts = Tastenkürzel (?)
app-read-only = Nur lesen: { $reason }.
app-study-read-only = Lernen ist nicht möglich, solange dieses Fenster nur lesen darf (siehe oben).
app-quiz-read-only = Quizze sind nicht möglich, solange dieses Fenster nur lesen darf (siehe oben).
app-restore-failed = Die Sicherung wurde nicht zurückgespielt: { $reason }
open-failed-title = Dein Lernstand konnte nicht geöffnet werden
open-failed-nothing-changed = Nichts wurde verändert oder gelöscht. Schließe factdeck, lege die Datei beiseite oder starte factdeck mit einem anderen --data-dir.

## Tastenkürzel

shortcuts-title = Tastenkürzel
shortcuts-this-screen = Auf dieser Seite: { $screen }
shortcuts-none-here = Keine eigenen Tasten: Tab wechselt zwischen Schaltflächen und Feldern.
shortcuts-everywhere = Überall
shortcuts-close = Schließen (Esc)
shortcuts-screen-study = Lernen
shortcuts-screen-quiz-setup = Quiz einrichten
shortcuts-screen-quiz-results = Quiz-Ergebnis
keys-enter = Eingabe
keys-escape = Esc
keys-up-down = ↑ / ↓
keys-space-enter = Leertaste oder Eingabe
keys-undo = Strg+Z oder U
keys-choose-option = 1–4 oder A–D, Eingabe
keys-true-false = W / F
keys-match = 1–6, dann A–F
keys-timeline = 1–6, dann ↑ / ↓
keys-go-on = Eingabe / R
keys-find = Strg+F
keys-nav-decks = Strg+1
keys-nav-quiz = Strg+2
keys-nav-statistics = Strg+3
keys-nav-browse = Strg+4
keys-nav-settings = Strg+5
keys-tab = Tab / Umschalt+Tab
keys-zoom = Strg+Plus / Strg+Minus
keys-shortcuts = ? oder F1
shortcut-study-deck = den gewählten Stapel lernen
shortcut-quiz-deck = Quiz zum gewählten Stapel
shortcut-select-deck = einen Stapel wählen
shortcut-show-answer = Antwort zeigen; danach als „Gut“ bewerten
shortcut-rate = bewerten: Nochmal / Schwer / Gut / Leicht
shortcut-undo = letzte Antwort zurücknehmen
shortcut-gloss = englische Übersetzung zeigen oder verbergen
shortcut-back-to-decks = zurück zu den Stapeln
shortcut-back = zurück
shortcut-choose-option = eine Antwort wählen, dann prüfen
shortcut-true-false = mit wahr oder falsch antworten
shortcut-check-typed = getippte Antwort prüfen (Umschalt+Eingabe: neue Zeile in einer Liste)
shortcut-match = Zuordnen: links einen Eintrag wählen, dann sein Gegenstück
shortcut-timeline = Zeitleiste: ein Ereignis wählen, früher oder später schieben
shortcut-go-on = nach einer Frage: weiter / „Ich hatte recht“
shortcut-start-quiz = Quiz starten
shortcut-end-quiz = Quiz beenden (fragt vorher; offene Fragen zählen als falsch)
shortcut-practise-mistakes = meine Fehler üben
shortcut-new-quiz = neues Quiz
shortcut-search = Karten durchsuchen
shortcut-back-to-list = auf der Seite eines Fakts: zurück zur Kartenliste
shortcut-tab = zwischen Schaltflächen und Feldern wechseln
shortcut-press-focused = die gewählte Schaltfläche drücken
shortcut-zoom = Schrift größer oder kleiner (nur für diesen Start; die Einstellungen merken sich eine Größe)
shortcut-shortcuts = diese Liste zeigen oder verbergen

## Einstellungen

settings-title = Einstellungen
settings-studying = Lernen
settings-retention = Gewünschte Behaltensrate
settings-retention-explained = Die Wahrscheinlichkeit, eine Karte noch zu wissen, wenn sie wiederkommt. Höher heißt kürzere Abstände und mehr Wiederholungen am Tag; 90 % ist ein guter Mittelweg.
settings-workload-same = Bei { $retention }: die übliche Zahl an Wiederholungen.
settings-workload-more = Bei { $retention }: etwa { $factor }-mal so viele Wiederholungen wie bei 90 % (geschätzt für Karten, die du kannst).
settings-workload-fewer = Bei { $retention }: etwa { $share } der Wiederholungen von 90 %, aber mehr vergessene Karten (geschätzt für Karten, die du kannst).
settings-new-per-day = Neue Karten pro Tag
settings-reviews-per-day = Wiederholungen pro Tag
settings-question-mix = Karten beim Lernen
settings-mix-mixed = Gemischte Fragen
settings-mix-flashcards = Nur Karteikarten
settings-mix-explained = Gemischt: Eine Karte wird zuerst wiedererkannt (Auswahl, wahr oder falsch) und, sobald gelernt, abgerufen (tippen, alle nennen); geprüfte Antworten werden für dich bewertet.
settings-beyond-article = Über den Artikel hinaus
settings-background-facts = Hintergrundwissen (nicht im Artikel)
settings-background-explained = Aus: Gelernt und abgefragt wird nur, was im Artikel steht. Ein: Auch Fakten von außerhalb (etwa genaue Daten) kommen dran, markiert mit „Hintergrund“.
settings-save = Speichern
settings-saved = Gespeichert. Die neuen Einstellungen gelten ab der nächsten Karte.
settings-revert = Verwerfen
settings-defaults = Standardwerte
settings-appearance = Aussehen und Sprache
settings-appearance-not-saved = Aussehen und Sprache gelten jetzt, konnten aber nicht gespeichert werden: { $reason }
settings-language = Sprache der Oberfläche
settings-theme = Farbschema
settings-theme-system = Wie das System
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-text-size = Schriftgröße
settings-text-size-hint = Gilt sofort und bleibt für den nächsten Start.
settings-data-folder = Wo dein Lernstand gespeichert ist
settings-copy-path = Pfad kopieren
settings-path-copied = Kopiert.
settings-data-folder-explained = Alles, was factdeck über dein Lernen weiß, liegt in diesem Ordner (progress.sqlite3 und seine Sicherungen). Für einen anderen Ort starte factdeck mit --data-dir ORDNER oder setze FACTDECK_DATA_DIR; um auch auf einem anderen Computer zu lernen, wähle unter Einstellungen → Abgleich einen Abgleichsordner.
settings-backups = Sicherungen
settings-backups-explained = factdeck sichert deinen Lernstand beim ersten Start jedes Lerntags und vor jedem Update und behält die neuesten { $keep }.
settings-backup-now = Jetzt sichern
settings-backup-made = Sicherung angelegt: { $file }
settings-backup-failed = Die Sicherung konnte nicht angelegt werden: { $reason }
settings-no-backups = Noch keine Sicherungen.
settings-restore = Zurückspielen…
settings-backup-unusable = nicht verwendbar: { $reason }
settings-restore-question = Die Sicherung vom { $taken } zurückspielen?
settings-restore-explained = Ihre { $held } ersetzen deinen jetzigen Lernstand ({ $now }). Die jetzige Datei wird nicht gelöscht: Sie wird beiseitegelegt und im Datenordner als progress-replaced-DATUM.sqlite3 aufbewahrt.
settings-restore-confirm = Diese Sicherung zurückspielen
backup-kind-daily = täglich
backup-kind-before-upgrade = vor einem Update
backup-kind-manual = von dir angelegt
settings-scheduler = Planung
settings-scheduler-own = FSRS-6 mit Parametern, die an deine eigenen Wiederholungen angepasst sind.
settings-scheduler-default = FSRS-6 mit den veröffentlichten Standardparametern.
settings-fitting = Deine Parameter werden angepasst…
settings-optimiser-stopped = Die Optimierung brach unerwartet ab; nichts wurde geändert.
settings-optimise = Für mich optimieren
settings-optimise-needs = Du hast { $reviews ->
    [one] 1 Wiederholung
   *[other] { $reviews } Wiederholungen
}; das Anpassen braucht mindestens { $needed }.
settings-use-defaults = Standardparameter verwenden
settings-back-to-defaults = Zurück zu den Standardparametern.
settings-optimise-later = Ab { $needed } Wiederholungen kann factdeck die Planung an dein Gedächtnis anpassen (bisher { $reviews }).
settings-fitting-failed = Das Anpassen schlug fehl: { $reason }. Nichts wurde geändert.
settings-fit-not-better = Die angepassten Parameter sagen deine Wiederholungen nicht besser voraus (Log-Loss { $before } → { $after }), daher wurde nichts geändert.
settings-fit-better = Deine eigenen Parameter sagen deine Wiederholungen besser voraus (Log-Loss { $before } → { $after }) und sind jetzt in Gebrauch.
settings-fit-not-saved = Die neuen Parameter konnten nicht gespeichert werden; nichts wurde geändert.

## Namen aus dem Kern

rating-again = Nochmal
rating-hard = Schwer
rating-good = Gut
rating-easy = Leicht
kind-choice = Auswahl
kind-typed = Antwort tippen
kind-true-false = Wahr oder falsch
kind-matching = Zuordnen
kind-timeline = Zeitleiste
kind-name-all = Alle nennen

## Lernen

study-undo = Zurücknehmen (Strg+Z)
study-back = Zurück zu den Stapeln (Esc)
study-not-saved = Diese Antwort wurde nicht gespeichert, darum bleibt die Karte stehen; beantworte sie noch einmal, sobald das Problem gelöst ist. { $reason }
study-not-saved-file-changed = Diese Antwort wurde nicht gespeichert, darum bleibt die Karte stehen: factdeck speichert nichts mehr (warum, steht oben).
study-dont-know = Weißt du es nicht? Zeig die Antwort und bewerte dich selbst.
study-dont-know-typed = Weißt du es nicht? Strg+Eingabe zeigt die Antwort, und du bewertest dich selbst.
study-show-answer-typed = Antwort zeigen (Strg+Eingabe)
study-show-answer = Antwort zeigen (Leertaste)
study-note = Hinweis: { $note }
study-counted-as = Als „{ $rating }“ gezählt · wieder dran in { $wait } (die Tasten 1–4 ändern das).
study-continue = Weiter (Eingabe)
study-i-was-right = Ich hatte recht (R)
study-left-today = Heute noch: { $new } neu · { $learning } im Lernen · { $due } fällig
study-answered = Beantwortet: { $count }
study-card-gone = Diese Karte ist nicht mehr im Stapel.
study-hide-english = Englisch verbergen (G)
study-show-english = Englisch zeigen (G)
study-english-later = (Das Englische erscheint mit der Antwort.)
study-keys-hint = Die Tasten 1–4 bewerten; Leertaste oder Eingabe heißt „Gut“.

## Ende einer Lerneinheit

summary-nothing-due = Gerade ist nichts fällig.
summary-days-cards-done = Die Karten für heute sind geschafft.
summary-study-more = Weiterlernen
summary-study-more-reading = { $unseen ->
    [0] Jede Karte wurde schon gesehen.
    [one] 1 Karte ist noch ungesehen.
   *[other] { $unseen } Karten sind noch ungesehen.
} Du kannst jetzt weitermachen oder aufhören: Was fällig wird, kommt von selbst wieder.
summary-more-new = { $count ->
    [one] 1 weitere neue Karte
   *[other] { $count } weitere neue Karten
}
summary-more-new-hint = Das Tageslimit für neue Karten steigt nur für diese Sitzung.
summary-more-topic = Schwächstes Thema: { $topic } ({ $cards })
summary-more-only-topic = Das einzige begonnene Thema: { $topic } ({ $cards })
summary-more-topic-hint = Seine noch nicht fälligen Karten, die du am ehesten vergessen hast zuerst, dann neue Karten daraus.
summary-more-no-topic = Noch kein Thema begonnen, also ist keines das schwächste.
summary-more-ahead = Alles vor dem Termin ({ $cards })
summary-more-ahead-hint = Karten, die noch nicht fällig sind, die du am ehesten vergessen hast zuerst. Jede wird nach der Zeit geplant, die seit deiner letzten Antwort wirklich vergangen ist.
study-ahead-left = Vor dem Termin: { $count }
summary-unreadable = Die Zahlen dieser Lerneinheit konnten nicht gelesen werden: { $reason }
summary-this-session = Diese Lerneinheit
summary-cards = Karten: { $cards } ({ $answers ->
    [one] 1 Antwort
   *[other] { $answers } Antworten
})
summary-accuracy = Trefferquote: { $share } gewusst ({ $passed } von { $answers })
summary-time = Zeit: { $time }
summary-next-today = Die nächste Karte ist heute um { $time } Uhr fällig.
summary-next-tomorrow = Die nächste Karte ist morgen um { $time } Uhr fällig.
summary-next-on = Die nächste Karte ist am { $date } um { $time } Uhr fällig.
summary-none-scheduled = Noch ist keine Karte eingeplant.
summary-due-soon = Morgen fällig: { $tomorrow } · in den nächsten 7 Tagen: { $week }

## Wiederherstellen einer Lernstand-Datei, die sich nicht öffnen lässt

recovery-set-aside = Was du auch wählst: factdeck legt diese Datei zuerst beiseite und behält sie im selben Ordner unter einem Namen mit Datum (progress-…-DATUM.sqlite3); nichts wird gelöscht oder überschrieben.
recovery-newest-backup = Deine neueste intakte Sicherung
recovery-older-backups = { $count ->
    [one] 1 ältere Sicherung wird auch aufbewahrt; du kannst sie später unter Einstellungen → Sicherungen zurückspielen.
   *[other] { $count } ältere Sicherungen werden auch aufbewahrt; du kannst eine davon später unter Einstellungen → Sicherungen zurückspielen.
}
recovery-no-backup = Es gibt keine intakte Sicherung zum Zurückspielen.
recovery-restore-newest = Neueste Sicherung zurückspielen
recovery-start-fresh = Neu anfangen
recovery-close = factdeck schließen
recovery-try-again = Noch einmal versuchen
recovery-restored = Die Sicherung { $file } wurde zurückgespielt.
recovery-started-fresh = Mit neuem Lernstand begonnen.
recovery-old-file-kept = Die alte Datei bleibt als { $file } erhalten.

## Statistik

stats-title = Statistik
stats-show-last = Zeige die letzten
stats-one-year = 1 Jahr
stats-today = Heute: { $answered } beantwortet, { $waiting } noch offen, { $time } gelernt · Serie: { $streak } · Längste Serie: { $longest }
stats-reviews-title = Wiederholungen pro Tag
stats-reviews-none = Noch keine Antworten in den letzten { $range } Tagen.
stats-reviews-reading = Du hast { $total ->
    [one] einmal
   *[other] { $total }-mal
} geantwortet, an { $active } der letzten { $range } Tage, { $average } pro Lerntag.
stats-time-title = Lernzeit pro Tag
stats-time-none = Noch keine Lernzeit in den letzten { $range } Tagen.
stats-time-reading = Du hast in den letzten { $range } Tagen { $total } gelernt, { $average } an jedem Lerntag.
stats-retention-title = Behaltensrate pro Woche
stats-retention-reading = Du hast in den letzten 7 Tagen { $share } der Wiederholungen bestanden; dein Ziel ist { $target }.
stats-retention-none = In den letzten 7 Tagen kam keine Karte zur Wiederholung; dein Ziel ist { $target }.
stats-due-title = Fällig in den nächsten 30 Tagen
stats-due-reading = { $today } heute fällig (Überfällige eingerechnet), { $tomorrow } morgen, { $month } in den nächsten { $days } Tagen.
stats-quiz-title = Quiz-Ergebnisse
stats-quiz-reading = Dein letztes Quiz: { $last } ({ $questions ->
    [one] 1 Frage
   *[other] { $questions } Fragen
}). { $quizzes ->
    [one] Es ist bisher das einzige.
   *[other] Die letzten { $quizzes } Quizze lagen im Schnitt bei { $average }.
}
stats-quiz-none = Noch kein Quiz beendet: Starte eines über „Quiz“ oben, dann stehen deine Ergebnisse hier.
stats-quiz-chart-after-first = Das Diagramm deiner Ergebnisse beginnt mit deinem ersten Quiz.
stats-states-title = Kartenzustände
stats-states-reading = Von { $total } Karten sind { $mature } gefestigt, { $young } jung, { $learning } im Lernen und { $new } neu{ $suspended ->
    [0] .
   *[other] ; { $suspended } sind ausgesetzt.
}
stats-stability-title = Gedächtnisstabilität
stats-stability-reading = Deine mittlere Karte bleibt { $span } lang zu 90 % abrufbar; { $answered ->
    [one] 1 Karte
   *[other] { $answered } Karten
} beantwortet.
stats-stability-none = Noch keine Karte wurde beantwortet.
stats-days-title = Lerntage
stats-days-reading = Du hast an insgesamt { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} gelernt; deine aktuelle Serie ist { $streak }, deine längste { $longest }.
stats-mastery-title = Beherrschung nach Thema: { $deck }
stats-mastery-reading = { $mastered } von { $facts } Fakten sind jetzt mit mindestens { $retention } abrufbar.
stats-facts-of = { $mastered } von { $facts } Fakten
stats-axis-day = Tag
stats-axis-answers = Antworten
stats-axis-minutes = Minuten
stats-axis-week-starting = Woche ab
stats-axis-passed = bestanden (%)
stats-axis-cards-due = fällige Karten
stats-axis-quiz = Quiz
stats-axis-score = Ergebnis (%)
stats-axis-state = Zustand (jung: Abstand < 21 T.)
stats-axis-cards = Karten
stats-axis-stability = Tage, bis der Abruf auf 90 % fällt
stats-axis-week = Woche
stats-axis-weekday = Wochentag
stats-series-minutes = Minuten
stats-series-target = Ziel
stats-series-passed = Bestanden
stats-series-learning = Im Lernen
stats-series-review = Wiederholung
stats-series-score = Ergebnis
stats-series-quizzes = Quizze
stats-series-cards = Karten
stats-series-answers = Antworten
weekday-mon = Mo
weekday-tue = Di
weekday-wed = Mi
weekday-thu = Do
weekday-fri = Fr
weekday-sat = Sa
weekday-sun = So
state-new = neu
state-learning = im Lernen
state-young = jung
state-mature = gefestigt
state-suspended = ausgesetzt
stability-under-1-day = < 1 T.
stability-1-3-days = 1–3 T.
stability-3-7-days = 3–7 T.
stability-1-2-weeks = 1–2 Wo.
stability-2-4-weeks = 2–4 Wo.
stability-1-3-months = 1–3 Mon.
stability-3-6-months = 3–6 Mon.
stability-6-12-months = 6–12 Mon.
stability-a-year-or-more = ≥ 1 J.
duration-seconds = { $seconds } s
duration-minutes = { $minutes } Min.
duration-hours = { $hours } Std. { $minutes } Min.

## Start: die Stapel

home-reviews-today = Wiederholungen heute: { $count }
home-no-deck = Kein Stapel konnte geladen werden. Die Probleme stehen unten.
home-deck-problems = { $count ->
    [one] 1 Problem in Stapeldateien; dieser Stapel wurde übersprungen:
   *[other] { $count } Probleme in Stapeldateien; diese Stapel wurden übersprungen:
}
home-deck-problems-more = … und { $count } weitere (factdeck check nennt alle)
home-deck-replaces-built-in = { $file } (Zeile { $line }) hat die Kennung „{ $id }“ des eingebauten Stapels „{ $title }“ und wird an seiner Stelle gezeigt, mit seinem Fortschritt. Gib der Datei eine andere Kennung oder entferne sie, um den eingebauten Stapel zurückzubekommen.
home-deck-edited-copy = Du lernst deine eigene bearbeitete Kopie von „{ $title }“ ({ $file }), mit deinem Fortschritt. Entferne diese Datei, um den eingebauten Stapel zurückzubekommen.
home-left-today = Heute noch: { $count }
home-streak = Serie: { $days }
home-streak-hint = Lerne heute, damit sie weitergeht.
home-longest-streak = Längste Serie: { $days }
home-deck-cards = { $total ->
    [one] 1 Karte
   *[other] { $total } Karten
}: { $new } neu, { $learning } im Lernen, { $review } in Wiederholung{ $suspended ->
        [0] {""}
       *[other] , { $suspended } ausgesetzt
    }
home-badge-new = neu
home-badge-learning = im Lernen
home-badge-due = fällig
home-study = Lernen  (Eingabe)
home-quiz = Quiz  (Q)
home-weakest = Schwächstes der { $count } Themen, die du begonnen hast: { $topic } ({ $mastered } von { $started } begonnenen Fakten beherrscht)
home-weakest-only = Bisher ist nur ein Thema begonnen: { $topic } ({ $mastered } von { $started } begonnenen Fakten beherrscht). Beginne ein weiteres, um zu vergleichen.
home-weakest-none = Noch kein Thema begonnen: Das schwächste Thema erscheint, sobald du etwas gelernt hast.
home-by-topic = Nach Thema
home-topic = Thema
home-mastered = Beherrscht
home-mastered-hint = Fakten, die du jetzt voraussichtlich mit mindestens deiner gewünschten Behaltensrate abrufst
home-new = Neu
home-learning = Im Lernen
home-due = Fällig
home-topic-study = Lernen
home-topic-study-ahead = Vorauslernen
home-topic-study-hint = Nur „{ $topic }“ lernen
home-topic-nothing = In „{ $topic }“ wartet heute nichts
home-topic-quiz = Quiz
home-topic-quiz-hint = Ein Quiz nur zu „{ $topic }“
home-deck-counts = { $new } neu · { $learning } im Lernen · { $due } fällig

## Quiz

quiz-setup-title = Quiz: { $deck }
quiz-setup-explained = Fragen aller Art aus den Fakten des Stapels. Jede Antwort zählt auch als Wiederholung für die Planung.
quiz-setup-background-left-out = Hintergrundwissen (nicht im Artikel) bleibt außen vor; in den Einstellungen lässt es sich einschließen.
quiz-setup-background-included = Hintergrundwissen (nicht im Artikel) ist dabei, so wie in den Einstellungen gewählt.
quiz-setup-only-section = Nur der Abschnitt „{ $section }“
quiz-setup-questions = Fragen
quiz-setup-all = Alle
quiz-setup-topics = Themen
quiz-setup-all-topics = Alle Themen
quiz-setup-no-topic = Kein Thema
quiz-setup-kinds = Fragearten
quiz-setup-feedback = Rückmeldung
quiz-setup-after-each = Nach jeder Frage
quiz-setup-at-end = Alles am Ende
quiz-setup-time-limit = Zeitlimit
quiz-setup-no-limit = Keins
quiz-setup-count = { $count ->
    [one] 1 Frage
   *[other] { $count } Fragen
} (die gewählten Themen und Fragearten ergeben bis zu { $available }).
quiz-setup-counting = Die Fragen dieser Auswahl werden gezählt …
quiz-setup-nothing = Aus dieser Auswahl lässt sich keine Frage bilden: Wähle mindestens ein Thema und eine Frageart.
quiz-setup-start = Quiz starten (Eingabe)
quiz-question-of = Frage { $number } von { $total }
quiz-score-so-far = Bisher: { $points } von { $answered }
quiz-time-left = Noch { $time }
quiz-see-results = Zum Ergebnis (Eingabe)
quiz-next-question = Nächste Frage (Eingabe)
quiz-end = Quiz beenden (Esc)
quiz-end-question = Quiz jetzt beenden?
quiz-end-explained = Noch nicht beantwortete Fragen zählen als falsch. Esc oder „Weiter“ führt zurück zur Frage.
quiz-continue = Weiter
quiz-end-now = Jetzt beenden
keys-dont-know = Strg+Eingabe
shortcut-dont-know = in einer getippten Antwort: weiß ich nicht — Antwort zeigen (im Quiz zählt sie als nicht gewusst)
quiz-counted-as = Als „{ $rating }“ gezählt · wieder dran in { $wait }.
quiz-finished = Quiz beendet
quiz-practise-mistakes = Meine Fehler üben (P)
quiz-new = Neues Quiz (N)
quiz-score = Ergebnis
quiz-points-of = { $points } von { $questions } ({ $share })
quiz-mistakes = Fehler ({ $count })
quiz-no-mistakes = Keine Fehler. Gut gemacht!
quiz-score-line = Ergebnis: { $points } von { $questions } ({ $share })
quiz-time-taken = Benötigte Zeit: { $time }
quiz-timed-out = { $count ->
    [one] Das Quiz endete, bevor 1 Frage beantwortet war; sie zählt als falsch.
   *[other] Das Quiz endete, bevor { $count } Fragen beantwortet waren; sie zählen als falsch.
}
quiz-mistake-heading = Frage { $number } · { $kind } · { $topic }
quiz-not-answered = Nicht beantwortet
quiz-right-answer = Richtige Antwort: { $answer }
quiz-right-answer-claim = Richtige Antwort: { $truth } — { $text }
quiz-from-fact = Aus dem Fakt: { $line }

## Fragen (beim Lernen und im Quiz)

question-check = Prüfen (Eingabe)
question-background = Hintergrund – nicht im Artikel
question-choice-hint = Die Tasten 1–{ $last } oder A–{ $letter } wählen eine Antwort; Eingabe prüft sie.
question-true = Wahr (W)
question-false = Falsch (F)
question-your-list = Deine Antwort (ein Eintrag pro Zeile mit Umschalt+Eingabe, oder durch Kommas getrennt)
question-your-answer = Deine Antwort
question-match-left = Ordne jedes hiervon …
question-match-right = … einem hiervon zu
question-match-hint = Wähle links einen Eintrag (Taste 1–6 oder Klick), dann rechts sein Gegenstück (Taste A–F oder Klick). Rücktaste löst eine Zuordnung.
question-earliest = Am frühesten
question-latest = Am spätesten
question-drag = Zum Verschieben ziehen
question-earlier = Früher
question-later = Später
question-timeline-hint = Ziehe die Ereignisse an ihren Griffen, oder wähle eines mit seiner Nummer (oder einem Klick) und verschiebe es mit den Pfeiltasten nach oben und unten.
question-overruled = √ Als richtig gezählt (du hattest nach eigener Angabe recht)
question-right = √ Richtig
question-almost = ≈ Fast richtig (ein Tippfehler)
question-partly = ½ Teilweise richtig ({ $share })
question-wrong = × Falsch
question-true-word = wahr
question-false-word = falsch
question-you-said = Du hast gesagt: { $said }. Die Aussage ist { $truth }.
question-correct = Richtig: { $text }
question-item-you-wrote = ≈ { $item } (du schriebst „{ $given }“)
question-item-missing = × { $item } (fehlt)
question-not-on-list = Nicht auf der Liste: { $items }
question-no-answer = Du hast nichts geantwortet.
question-your-answer-colon = Deine Antwort:
question-pair-right = {"    "}richtig: { $right }
question-in-order = In der richtigen Reihenfolge:
question-you-had-it = {"  "}(bei dir an Stelle { $position })
question-partly-plain = ½ Teilweise richtig
question-right-answer-colon = Richtige Antwort:
question-marks-legend = Unterstrichen: was deiner Antwort fehlte.
question-note-almost = Fast: { $answer }
question-note-items = { $named } von { $asked } { $asked ->
        [one] Eintrag
       *[other] Einträgen
    }{ $extra ->
        [0] .
        [one] , dazu einer, der nicht auf der Liste steht.
       *[other] , dazu { $extra }, die nicht auf der Liste stehen.
    }
question-note-partial-date = Richtig, aber unvollständig: Die ganze Antwort lautet { $full }.
question-note-no-date = In der Antwort war kein Datum zu erkennen.
question-note-no-number = In der Antwort war keine Zahl zu erkennen.
question-note-opposite = Die Zahl stimmt, aber im Artikel steht „{ $article }“.
question-note-accepted-also = Als richtig gewertet; im Artikel steht { $article }.

## Karten durchsuchen und die Seite eines Fakts

browse-title = Karten durchsuchen
browse-search = Suche
browse-search-hint = Wörter in Frage oder Antwort (Strg+F)
browse-count = { $shown } von { $total } Karten · Klicke auf eine Karte für ihren Fakt, Zustand und Verlauf
browse-question = Frage
browse-type = Art
browse-state = Zustand
browse-due = Fällig
browse-stability = Stabilität
browse-difficulty = Schwierigkeit
browse-lapses = Vergessen
browse-sort-by = Nach „{ $column }“ sortieren
browse-any = alle
browse-deck = Stapel
browse-question-type = Frageart
browse-back = Zurück zu allen Karten (Esc)
browse-fact-line = { $topic } · Fakt der Art „{ $kind }“ · { $cards ->
    [one] 1 Karte
   *[other] { $cards } Karten
}
browse-asked-as = Gefragt als { $variant }
browse-deck-order = Stapelreihenfolge
browse-edit = Wortlaut bearbeiten…
browse-edit-hint = Ändere, wie dieser Fakt formuliert ist; seine Karten behalten ihren Fortschritt.
browse-edit-built-in = Dieser Fakt gehört zum eingebauten Stapel. Beim Speichern entsteht deine eigene Kopie des Stapels in deinem Stapelordner, die von nun an an seiner Stelle gelernt wird, mit deinem Fortschritt; alle anderen Fakten bleiben, wie sie sind.
browse-edit-own = Beim Speichern wird dieser Fakt in seiner Stapeldatei neu geschrieben; der Rest der Datei bleibt, wie er ist, und die Karten behalten ihren Fortschritt.
browse-edit-one-per-line = Eins pro Zeile.
browse-edit-save = Speichern
browse-edit-saved = Gespeichert in { $path }.
browse-edit-saved-copy = Gespeichert in deiner eigenen Kopie des Stapels: { $path }.
browse-edit-not-saved = Nicht gespeichert: { $reason }
edit-key-question = Frage
edit-key-answer = Antwort
edit-key-text = Aussage
edit-key-name = Name
edit-key-role = Rolle
edit-key-event = Ereignis
edit-key-value = Zahl
edit-key-qualifier = Zusatz (über, circa …)
edit-key-unit = Einheit
edit-key-date = Datum
edit-key-items = Einträge (einer pro Zeile)
edit-key-ask-role = Frage nach der Rolle
edit-key-ask-name = Frage nach dem Namen
edit-key-ask-event = Frage nach dem Ereignis
edit-key-ask-place = Frage nach dem Ort
edit-key-ask-item = Frage nach einem Eintrag
edit-key-item-claim = Behauptung über einen Eintrag (geschweifte Klammern markieren seine Stelle)
edit-key-false-variants = Falsche Fassungen (eine pro Zeile)
edit-key-category = Art der Antwort
edit-key-wrong-options = Falsche Antworten (eine pro Zeile)
edit-key-also-right = Auch richtig (eine pro Zeile)
edit-key-note = Anmerkung
edit-key-gloss = Englische Übersetzung
edit-key-cue = Worte im Artikel
browse-unsuspend = Wieder aufnehmen
browse-unsuspend-hint = Die Karte kommt wieder ins Lernen
browse-suspend = Aussetzen
browse-suspend-hint = Die Karte aus dem Lernen nehmen; ihr Fortschritt bleibt
browse-reset-question = Diese Karte als neu von vorn beginnen? Ihr Verlauf bleibt.
browse-reset-confirm = Ja, zurücksetzen
browse-reset = Zurücksetzen…
browse-reset-hint = Die Karte als neu von vorn beginnen; ihr Verlauf bleibt
browse-interval = Abstand
browse-difficulty-of-10 = { $difficulty } von 10
browse-recall-now = Abrufwahrscheinlichkeit jetzt
browse-never-answered-dash = — (nie beantwortet)
browse-answers = Antworten
browse-history = Verlauf
browse-never-answered = Nie beantwortet.
browse-asked-was = { $kind }, war { $phase }
browse-reset-entry = Zurückgesetzt
browse-started-afresh = als neu von vorn begonnen
browse-due-now = jetzt
browse-due-today = heute { $time }
browse-hours = { $hours } Std.
browse-days = { $days } T.
phase-review = in Wiederholung
phase-relearning = im Neulernen
fact-number = Zahl
fact-date = Datum
fact-list = Liste
fact-person = Person
fact-place = Ort
fact-statement = Aussage
fact-reason = Begründung
fact-question = Frage
variant-value = Wert
variant-date = Datum
variant-items = Einträge
variant-statement = Aussage
variant-reason = Begründung
variant-answer = Antwort
variant-role = Rolle
variant-name = Name
variant-event = Ereignis
variant-place = Ort
kind-flashcard = Karteikarte

## Was gefunden wurde, wenn die Lernstand-Datei sich nicht öffnen ließ

finding-not-sqlite = Deine Lernstand-Datei ist keine Lernstand-Datei von factdeck
finding-truncated = Deine Lernstand-Datei ist abgeschnitten
finding-damaged = Deine Lernstand-Datei ist beschädigt
finding-newer = Deine Lernstand-Datei stammt von einem neueren factdeck
finding-locked = Ein anderes Programm hält deine Lernstand-Datei fest
finding-cannot-open = Deine Lernstand-Datei lässt sich nicht öffnen
finding-not-sqlite-explained = Sie beginnt nicht so, wie eine Lernstand-Datei von factdeck (eine SQLite-Datenbank) beginnt: Sie ist mit etwas anderem gefüllt. Vielleicht hat ein anderes Programm sie überschrieben, oder an ihre Stelle wurde eine andere Datei gelegt.
finding-truncated-explained = Sie sollte { $expected } Bytes lang sein, aber nur die ersten { $actual } sind da. Das passiert, wenn das Kopieren oder Schreiben auf die Festplatte unterbrochen wurde.
finding-damaged-explained = SQLites eigene Prüfung hat in der Datei Schäden gefunden: { $details }.
finding-newer-explained = Sie wurde von einer neueren Version von factdeck geschrieben (Dateiformat { $found }; diese Version liest bis { $supported }). Ein Update von factdeck öffnet sie, wie sie ist; diese Version darf sie nicht verändern.
finding-locked-explained = Ein anderes Programm hat die Datei gesperrt, darum kann factdeck sie nicht lesen. Wahrscheinlich ist sie in Ordnung. Schließe das andere Programm (ein Sicherungs- oder Sync-Programm, einen Datenbank-Browser) und versuche es noch einmal. Nichts wurde verändert.
finding-cannot-open-explained = { $reason }. Die Datei selbst ist vielleicht in Ordnung, darum wurde sie nicht verschoben. Nichts wurde verändert.
finding-foreign = Deine Lernstand-Datei gehört einem anderen Programm
finding-emptied = Deine Lernstand-Datei wurde geleert
finding-foreign-explained = Sie ist eine Datenbank, aber keine von factdeck: Sie enthält die Tabellen { $tables }. factdeck hat sie nicht verändert.
finding-foreign-unknown-explained = Sie ist eine Datenbank, aber keine von factdeck, darum hat factdeck sie nicht verändert.
finding-foreign-marked-explained = Sie ist eine Datenbank, aber ein anderes Programm hat sie als seine eigene gekennzeichnet, darum hat factdeck sie nicht verändert.
finding-emptied-closed-explained = Die Datei ist da, enthält aber nichts, obwohl sie { $bytes } Bytes lang war, als factdeck sie zuletzt geschlossen hat. Etwas hat sie geleert; factdeck hat nichts hineingeschrieben.
finding-emptied-backup-explained = Die Datei ist da, enthält aber nichts, obwohl deine neueste Sicherung { $answers ->
    [one] eine Antwort
   *[other] { $answers } Antworten
} enthält. Etwas hat sie geleert; factdeck hat nichts hineingeschrieben.

## Die Lernstand-Datei wurde unter dem offenen Fenster verändert
file-changed-log = Ein anderes Programm hat das Write-Ahead-Log deiner Lernstand-Datei (die Datei, die auf -wal endet) gelöscht oder ersetzt, während factdeck sie offen hatte. Darum wird hier nichts mehr gespeichert: Antworten landeten jetzt in einer Datei, die niemand liest. Schließe factdeck und öffne es wieder, um weiterzulernen.
file-changed-log-kept = Ein anderes Programm hat das Write-Ahead-Log deiner Lernstand-Datei (die Datei, die auf -wal endet) gelöscht oder ersetzt, während factdeck sie offen hatte. Darum wird hier nichts mehr gespeichert: Antworten landeten jetzt in einer Datei, die niemand liest. Jede Antwort bis hierher wurde in die Lernstand-Datei geschrieben. Schließe factdeck und öffne es wieder, um weiterzulernen.
file-changed-file = Ein anderes Programm hat deine Lernstand-Datei verschoben, gelöscht oder ersetzt, während factdeck sie offen hatte. Darum wird hier nichts mehr gespeichert: Antworten landeten jetzt in einer Datei, die niemand liest. Schließe factdeck und öffne es wieder, um weiterzulernen.

## Reading screen
nav-reading = Lesen
shortcut-open-article = eigene Kopie des Artikels öffnen
shortcut-back-to-text = von einem Fakt zurück zum Text
keys-nav-reading = Strg+6 oder Strg+R
keys-open-article = Strg+O
reading-file-menu = Datei
reading-open-article = Artikel öffnen…
reading-open-article-key = Artikel öffnen…  (Strg+O)
reading-outline = Gliederung
reading-text-pane = Artikel
reading-study-section = Abschnitt lernen
reading-quiz-section = Abschnitt abfragen
reading-nothing-waiting = In diesem Abschnitt wartet heute nichts
reading-section-counts = { $new } neu · { $learning } im Lernen · { $due } fällig
reading-other-facts = Fakten ohne Abschnitt
reading-background-fact = { $words } (Hintergrund, nicht im Artikel)
reading-level-mastered = beherrscht
reading-level-learning = im Lernen
reading-level-new = neu
reading-level-suspended = ausgesetzt
reading-legend-hint = Beherrscht: Jede Karte des Fakts rufst du jetzt voraussichtlich mit mindestens deiner gewünschten Behaltensrate ab. Im Lernen: begonnen, noch nicht beherrscht. Neu: noch nie beantwortet. Ausgesetzt: Alle seine Karten sind ausgesetzt.
reading-no-article-title = Lies mit in deiner eigenen Kopie des Artikels
reading-no-article-text = Öffne den Artikel als Textdatei (UTF-8), dann ist jeder Fakt der Gliederung dort markiert, wo er im Text steht, gefärbt danach, wie gut du ihn kannst. Wähle Datei > Artikel öffnen (Strg+O), ziehe die Datei auf dieses Fenster oder starte factdeck mit --article DATEI. factdeck merkt sich die Datei für das nächste Mal; eine Kopie des Artikels bringt es nicht mit.
reading-click-fact-hint = Klicke auf einen Fakt der Gliederung, um seine Karten und ihren Verlauf zu sehen.
reading-found = { $found } von { $total ->
    [one] 1 Fakt
   *[other] { $total } Fakten
} im Text gefunden
reading-not-found-heading = Im Text nicht gefunden ({ $count })
reading-background-count = { $count ->
    [one] 1 Hintergrund-Fakt steht
   *[other] { $count } Hintergrund-Fakten stehen
} nicht im Artikel und sind nicht markiert.
reading-back-to-text = Zurück zum Text (Esc)
reading-close-fact = Schließen (Esc)
reading-fact-details = { $topic } · Abschnitt „{ $section }“ · { $count ->
    [one] 1 Karte
   *[other] { $count } Karten
}
reading-in-article = Im Artikel: „{ $cue }“
reading-in-article-not-found = Im Artikel: „{ $cue }“ (im Text nicht gefunden)
reading-note = Hinweis: { $note }
reading-suspend-hint = Um eine Karte auszusetzen oder zurückzusetzen, suche sie unter „Karten“.
reading-drop-hint = Textdatei des Artikels hier ablegen, um sie zu öffnen
reading-dialog-title = Den Artikel öffnen (eine Textdatei)
reading-dialog-text-files = Text
reading-dialog-all-files = Alle Dateien
reading-dialog-failed = Der Dateidialog konnte nicht gestartet werden: { $reason }.
reading-no-dialog = Auf diesem Desktop gibt es keinen Dateidialog (factdeck nutzt das Desktop-Portal oder zenity). Ziehe stattdessen die Textdatei des Artikels auf das Fenster oder starte factdeck mit --article DATEI.
reading-section-empty = Dieser Abschnitt hat keine Fakten für ein Quiz.
reading-open-failed = Der Artikel wurde nicht geöffnet: { $reason }.
reading-not-remembered = Der Artikel ist geöffnet, wird aber beim nächsten Start nicht wieder geöffnet: { $reason }.
reading-remembered-unknown = Welcher Artikel zuletzt geöffnet war, ist nicht bekannt: { $reason }.
reading-reopen-failed = Der Artikel, den du zuletzt gelesen hast, ließ sich nicht wieder öffnen: { $reason }. Öffne ihn erneut mit Datei > Artikel öffnen.
reading-opened-elsewhere = { $file } ist jetzt auf der Seite „Lesen“ geöffnet (Strg+R).
reading-article-missing = die Artikeldatei { $path } gibt es nicht (wurde sie verschoben oder gelöscht?)
reading-article-folder = { $path } ist ein Ordner; wähle die Textdatei des Artikels
reading-article-unreadable = die Artikeldatei { $path } konnte nicht gelesen werden: { $reason }
reading-article-not-regular = { $path } ist keine gewöhnliche Datei (eine Pipe oder ein Gerät?); wähle die Textdatei des Artikels
reading-article-too-large = { $path } ist größer als { $limit } Bytes, viel zu groß für einen Artikel; wähle die Textdatei des Artikels
reading-article-not-text = { $path } ist kein reiner Text in UTF-8 (eine Datei aus einer Textverarbeitung oder eine andere Kodierung?); speichere den Artikel als UTF-8-Textdatei und öffne diese

## Import screen
keys-import = Strg+I
shortcut-import = Karten aus Anki oder Quizlet oder ein Wiederholungsprotokoll importieren
shortcut-import-read = Datei lesen und zeigen, was sie enthält
import-menu = Karten importieren…
import-title = Importieren
import-explained = Karten aus Anki (Notizen als reiner Text) oder Quizlet (Begriff, Tabulator, Definition) werden ein neuer Stapel; ein Wiederholungsprotokoll im CSV-Format von FSRS kommt zu deinem Fortschritt. Die Datei wird zuerst gelesen und gezeigt; geschrieben wird erst, wenn du bestätigst.
import-file = Zu importierende Datei
import-read = Datei lesen
import-choose = Datei auswählen…
import-dialog-title = Karten oder ein Wiederholungsprotokoll importieren
import-dialog-exports = Exporte (Text, CSV)
import-no-dialog = Auf diesem Desktop gibt es keinen Dateidialog (factdeck nutzt das Desktop-Portal oder zenity). Tippe oder füge den Pfad der Datei stattdessen oben ein.
import-cards-read = { $count ->
    [one] Eine Karte aus { $file } gelesen:
   *[other] { $count } Karten aus { $file } gelesen:
}
import-more = … und { $count } weitere
import-lines-left-out = { $count ->
    [one] Eine Zeile konnte nicht gelesen werden und wird ausgelassen:
   *[other] { $count } Zeilen konnten nicht gelesen werden und werden ausgelassen:
}
import-deck-title = Titel des Stapels
import-deck-id = Kennung des Stapels
import-cards-button = { $count ->
    [one] Eine Karte als neuen Stapel importieren
   *[other] { $count } Karten als neuen Stapel importieren
}
import-cards-done = { $count ->
    [one] Eine Karte in den Stapel „{ $title }“ importiert.
   *[other] { $count } Karten in den Stapel „{ $title }“ importiert.
}
import-log-read = { $count ->
    [one] Eine Antwort aus { $file } gelesen.
   *[other] { $count } Antworten aus { $file } gelesen.
}
import-log-explained = Antworten, die schon in deinem Fortschritt sind, werden übersprungen; Antworten zu Karten, die keiner deiner Stapel hat, zählen in der Statistik und für „Für mich optimieren“.
import-log-rows-left-out = { $count ->
    [one] Eine Zeile wurde ausgelassen: Sie kann keine echte Antwort sein. Die übrigen Antworten werden importiert.
   *[other] { $count } Zeilen wurden ausgelassen: Sie können keine echten Antworten sein. Die übrigen Antworten werden importiert.
}
import-log-row-too-early = die Antwort ist auf { $date } datiert, vor 1987, als es noch kein Programm für verteiltes Wiederholen gab
import-log-row-in-the-future = die Antwort ist auf { $date } datiert, mehr als einen Tag nach jetzt
import-log-row-negative-duration = die Antwort dauerte { $ms } ms, weniger als nichts
import-log-row-duration-over-a-day = die Antwort dauerte { $ms } ms, mehr als einen Tag
import-log-button = Zu meinem Fortschritt hinzufügen
import-log-done = { $added ->
    [one] Eine Antwort zu deinem Fortschritt hinzugefügt
   *[other] { $added } Antworten zu deinem Fortschritt hinzugefügt
} ({ $skipped } übersprungen).
import-read-only = Importieren ist nicht möglich, solange dieses Fenster nur lesen darf (siehe oben): ein anderes factdeck benutzt deinen Datenordner.
import-back = Zurück zu den Stapeln (Esc)
import-column-line = Zeile
import-column-question = Frage
import-column-answer = Antwort

## Mit anderen Computern abgleichen (die Zeile in der Kopfleiste und Einstellungen → Abgleich)

sync-header-never = Abgleich: noch nicht abgeglichen
sync-header-syncing = Wird abgeglichen …
sync-header-synced = Abgleich: { $when }, { $peers ->
    [0] noch kein anderer Computer
    [one] mit 1 anderen Computer
   *[other] mit { $peers } anderen Computern
}
sync-header-problem = Abgleich: { $problem }
sync-when-just-now = gerade eben
sync-when-minutes = vor { $minutes } Min.
sync-when-at = am { $time }
sync-problem-no-folder = kein Abgleichsordner gewählt
sync-problem-missing = der Ordner { $folder } ist nicht da (ein Laufwerk nicht eingehängt oder der Ordner verschoben); hier wird weiter gelernt
sync-problem-not-a-folder = { $folder } ist eine Datei, kein Ordner
sync-problem-cannot-write = in den Ordner { $folder } kann nicht geschrieben werden ({ $reason }); hier wird weiter gelernt
sync-problem-cannot-read = der Ordner { $folder } kann nicht gelesen werden ({ $reason }); hier wird weiter gelernt
sync-problem-store = die Fortschrittsdatei: { $reason }
sync-problem-decks = die Stapel des Datenordners: { $reason }
sync-problem-no-thread = der Sync-Thread lässt sich nicht starten: { $reason }
sync-inside-data-folder = er liegt im Datenordner
sync-deck-conflict = { $deck } wurde auf zwei Computern bearbeitet: die neueste Fassung ist in Gebrauch, die andere liegt unter { $kept }.
sync-decks-updated = Auf einem anderen Computer geänderte Decks wurden geladen.
settings-sync = Abgleich
settings-sync-explained = Auf mehreren Computern lernen: Wähle einen Ordner, den Syncthing, Nextcloud oder Dropbox auf allen gleich hält (oder einen USB-Stick). factdeck schreibt dort nur eigene neue Dateien und liest die der anderen Computer.
settings-sync-folder = Abgleichsordner
settings-sync-use = Diesen Ordner verwenden
settings-sync-on = Von jetzt an wird über diesen Ordner abgeglichen.
settings-sync-is-off = Der Abgleich ist aus.
settings-sync-device = Kennung dieses Computers: { $id }
settings-sync-now = Jetzt abgleichen
settings-sync-stop = Abgleich beenden
settings-sync-stopped = Der Abgleich ist aus. Der Ordner und sein Inhalt bleiben, wie sie sind.

## Entwurfsbildschirm: ein neuer Stapel aus einem Artikel
draft-menu = Neuer Stapel aus einem Artikel…
draft-title = Neuer Stapel aus einem Artikel
draft-explained = factdeck liest einen deutschen Artikel (eine Textdatei) und schlägt seine Fakten vor: Zahlen, Daten, Personen, Orte, Aufzählungen, Aussagen und Gründe, jeweils mit einer Frage. Du übernimmst, bearbeitest oder verwirfst jeden neben dem Artikel; nur die übernommenen Fakten werden ein Stapel, den du lernst wie jeden anderen. Gespeichert wird erst, wenn du auf Speichern drückst.
draft-file = Artikeldatei
draft-read = Fakten vorschlagen
draft-choose = Datei auswählen…
draft-dialog-title = Einen Artikel auswählen (eine Textdatei)
draft-no-dialog = Auf diesem Desktop gibt es keinen Dateidialog (factdeck nutzt das Desktop-Portal oder zenity). Tippe oder füge den Pfad des Artikels stattdessen oben ein.
draft-nothing-found = Aus diesem Text ließ sich kein Fakt vorschlagen.
draft-proposed = { $count ->
    [one] Ein Fakt aus { $file } vorgeschlagen.
   *[other] { $count } Fakten aus { $file } vorgeschlagen.
}
draft-left-out = { $count ->
    [one] Einer wurde ausgelassen: Seine Frage würde die Fragenprüfung nicht bestehen.
   *[other] { $count } wurden ausgelassen: Ihre Fragen würden die Fragenprüfung nicht bestehen.
}
draft-counts = { $accepted } übernommen · { $dropped } verworfen · { $open } offen
draft-deck-title = Titel des Stapels
draft-deck-id = Kennung des Stapels
draft-save = { $count ->
    [one] Einen Fakt als Stapel speichern
   *[other] { $count } Fakten als Stapel speichern
}
draft-accept-rest = Alle offenen übernehmen
draft-back = Zurück zu den Stapeln (Esc)
draft-edit-hint = Klicke auf eine Frage (oder ihre Markierung im Artikel), um sie zu bearbeiten; eine übernommene Änderung übernimmt den Fakt. Ein zweiter Klick auf Übernehmen oder Verwerfen nimmt die Entscheidung zurück.
draft-text-hint = Die Wörter jedes Vorschlags sind markiert: blau offen, grün übernommen, grau verworfen, orange der, den du bearbeitest. Ein Klick zeigt ihn in der Liste.
draft-accept = Übernehmen
draft-drop = Verwerfen
draft-state-open = offen
draft-state-accepted = übernommen
draft-state-dropped = verworfen
draft-question = Frage
draft-answer = Antwort
draft-role = Rolle
draft-event = Was dort geschieht
draft-apply = Änderungen übernehmen
draft-in-article = Im Artikel: „{ $cue }“
draft-saved = { $count ->
    [one] Der Stapel „{ $title }“ mit einem Fakt ist jetzt unter deinen Stapeln.
   *[other] Der Stapel „{ $title }“ mit { $count } Fakten ist jetzt unter deinen Stapeln.
}
draft-error-no-text = Die Datei enthält keine Sätze, aus denen sich Fakten vorschlagen ließen.
draft-error-bad-id = „{ $id }“ ist keine Kennung: Verwende Kleinbuchstaben a–z, Ziffern, - und _.
draft-error-no-title = Der Stapel braucht einen Titel.
draft-error-nothing-accepted = Kein Fakt ist übernommen: Übernimm mindestens einen, um einen Stapel zu speichern.
draft-error-number = „{ $text }“ ist keine Zahl: Schreibe sie wie „über 120.000 Leiharbeiter“ oder „80 Prozent“.
draft-error-date = „{ $text }“ ist kein Datum: Schreibe ein Jahr (2013), Monat und Jahr (Februar 2019), einen Monat (Februar), einen Tag (25. April 2019) oder einen Wochentag (Donnerstag).
draft-error-short-list = Eine Aufzählung braucht mindestens zwei Einträge, durch Kommas getrennt.
draft-error-empty = Das Feld „{ $field }“ darf nicht leer sein.
draft-error-invalid = Der Stapel ließe sich nicht laden: { $reason }
draft-error-id-taken = Ein Stapel mit der Kennung „{ $id }“ ist schon geladen; wähle eine andere Kennung.
draft-error-file-exists = { $path } gibt es schon; wähle eine andere Kennung.
draft-error-not-written = { $path } konnte nicht geschrieben werden: { $reason }
shortcut-draft-read = den Artikel lesen und seine Fakten vorschlagen
shortcut-draft-escape = Bearbeiten eines Fakts beenden; zurück zu den Stapeln

## What the system said, in plain words

io-not-found = es gibt sie nicht
io-permission-denied = der Zugriff wurde verweigert
io-already-exists = es gibt sie schon
io-storage-full = die Festplatte ist voll
io-read-only = der Datenträger ist schreibgeschützt
io-is-a-folder = es ist ein Ordner
io-not-a-folder = ein Teil des Pfads ist kein Ordner
sqlite-disk-full = die Festplatte ist voll
sqlite-read-only = die Fortschrittsdatei oder ihr Ordner ist schreibgeschützt
sqlite-busy = ein anderes Programm benutzt die Fortschrittsdatei
sqlite-cannot-open = die Datei lässt sich nicht öffnen (prüfe die Rechte des Ordners)
sqlite-permission-denied = der Zugriff wurde verweigert
sqlite-io-failure = die Festplatte hat beim Schreiben einen Fehler gemeldet
sqlite-corrupt = die Datei ist beschädigt
sqlite-not-a-database = die Datei ist keine SQLite-Datenbank

## Problems with the progress file (the store's errors)

store-error-create-folder = der Datenordner { $path } lässt sich nicht anlegen: { $reason }
store-error-unreadable = { $path } ist keine Fortschrittsdatei von factdeck oder sie ist beschädigt ({ $reason }); sie wurde nicht angerührt
store-error-unusable = { $path }: { $headline }. { $explanation } Sie wurde nicht angerührt
store-error-damaged = { $path } ist beschädigt ({ $details }); die Datei wurde nicht angerührt
store-error-busy = ein anderes Programm hält { $path } gesperrt, deshalb lässt sie sich nicht lesen; schließe dieses Programm und versuche es noch einmal. Die Datei wurde nicht angerührt
store-error-newer-version = { $path } wurde von einem neueren factdeck geschrieben (Format { $found }; diese Version kennt bis { $supported }); aktualisiere factdeck, um sie zu öffnen. Die Datei wurde nicht angerührt
store-error-write = die Fortschrittsdatei ließ sich nicht schreiben: { $reason }
store-error-read = der Fortschritt ließ sich nicht lesen: { $reason }
store-error-corrupt = ein gespeicherter Wert ist ungültig: { $details }
store-error-backup = die Sicherung { $path } ließ sich nicht anlegen: { $reason }
store-error-copy-backup = die Sicherung lässt sich nicht nach { $path } kopieren: { $reason }
store-error-create-backups-folder = der Sicherungsordner { $path } lässt sich nicht anlegen: { $reason }
store-error-lock = { $path } lässt sich nicht sperren: { $reason }
store-error-move-aside = { $path } lässt sich nicht beiseitelegen: { $reason }
store-error-open-lock-file = die Sperrdatei { $path } lässt sich nicht öffnen: { $reason }
store-error-put-backup-in-place = die Sicherung lässt sich nicht an die Stelle von { $path } setzen: { $reason }
store-error-read-backups-folder = der Sicherungsordner { $path } lässt sich nicht lesen: { $reason }
store-error-read-restore-journal = das Wiederherstellungsprotokoll { $path } lässt sich nicht lesen: { $reason }
store-error-remove-old-backup = die alte Sicherung { $path } lässt sich nicht löschen: { $reason }
store-error-write-backup = die Sicherung { $path } lässt sich nicht schreiben: { $reason }
store-error-write-restore-journal = das Wiederherstellungsprotokoll { $path } lässt sich nicht schreiben: { $reason }
store-error-in-use = ein anderes factdeck benutzt { $data_dir }; schließe es zuerst (nichts wurde geändert)
store-error-needs-upgrade = { $path } hat das Format { $found } und muss auf Format { $current } gebracht werden, bevor dieses factdeck sie lesen kann; das geht nicht, solange ein anderes factdeck sie benutzt. Schließe das andere factdeck
store-error-bad-backup = { $path } ist keine brauchbare Sicherung: { $reason }
store-error-file-changed = { $path }: { $what }
store-error-lock-is-link = { $path } ist eine Verknüpfung, nicht die Sperrdatei von factdeck; factdeck schreibt nie durch eine Verknüpfung, die es nicht selbst angelegt hat, und schreibt deshalb nicht in diesen Ordner. Entferne die Verknüpfung, um hier zu lernen
finding-sqlite-cannot-open = SQLite kann sie nicht öffnen: { $reason }

## Problems of the session, the scheduler and the optimiser

session-error-unknown-deck = es gibt keinen Stapel mit der Kennung `{ $id }`
session-error-unknown-card = der Stapel hat keine Karte `{ $id }`
session-error-read-only = hier lässt sich nichts speichern: { $reason }
session-error-no-data-dir = diese Sammlung hat keinen Datenordner
session-error-empty-quiz = aus den gewählten Themen und Fragearten lässt sich keine Frage bilden
session-error-path-not-unicode = der Pfad { $path } lässt sich nicht merken: er ist kein gültiges Unicode
read-only-held = ein anderes factdeck benutzt { $data_dir } schon, deshalb zeigt dieses Fenster deinen Fortschritt nur an; schließe das andere, um hier zu lernen
read-only-held-by-process = ein anderes factdeck (Prozess { $process }) benutzt { $data_dir } schon, deshalb zeigt dieses Fenster deinen Fortschritt nur an; schließe das andere, um hier zu lernen
read-only-cannot-lock = factdeck kann nicht in { $data_dir } schreiben: { $reason }
read-only-file = die Fortschrittsdatei ist nur zum Lesen geöffnet
schedule-error-parameters = die Parameter der Planung sind keine gültigen FSRS-6-Parameter ({ $reason })
schedule-error-model = die Planung konnte die nächste Wiederholung nicht berechnen ({ $reason })
evaluate-error-not-enough-data = zu wenige Wiederholungen für eine Auswertung: { $found } Einträge, mindestens { $needed } nötig
evaluate-error-fitting = das Anpassen der FSRS-Parameter ist fehlgeschlagen: { $reason }
evaluate-model-fitted = FSRS-6, an der Vergangenheit angepasst (zeitliche Aufteilung)
evaluate-model-default = FSRS-6 mit Standardparametern
evaluate-model-sm2 = SM-2 (Anki-Standard)

## Problems of a file to import

import-source-anki = Textexport aus Anki
import-source-tab-separated = Begriff<TAB>Definition-Zeilen (Quizlet)
import-separator-tab = ein Tabulator
import-separator-space = ein Leerzeichen
import-line-unreadable = lässt sich nicht lesen: { $reason }
import-line-control-character = enthält das Steuerzeichen { $code }, das kein Text ist
import-line-duplicate = dieselbe Karte wie in Zeile { $first }; einmal behalten
import-line-no-separator = kein Trennzeichen ({ $separator }) zwischen Frage und Antwort
import-line-empty-question = die Frage ist leer (die Antwort lautet „{ $answer }“)
import-line-empty-answer = die Antwort ist leer (die Frage lautet „{ $question }“)
import-line-empty-cloze = die Lücke c{ $number } verbirgt nichts
import-error-no-cards = aus der Datei ließ sich keine Karte lesen
import-error-bad-deck-id = `{ $id }` kann keine Stapelkennung sein: verwende Kleinbuchstaben a-z, Ziffern, `-` und `_`
import-error-bad-title = der Titel enthält das Steuerzeichen { $code }, das kein Text ist
import-error-invalid = die Stapeldatei ist ungültig geworden, ein Fehler in factdeck: { $problems }
import-error-serialise = die Stapeldatei ließ sich nicht schreiben: { $reason }
import-error-unreadable = { $path } lässt sich nicht lesen: { $reason }
import-error-zero-byte = { $path }:{ $line }: die Datei enthält ein Null-Byte, sie ist also kein UTF-8-Text (vielleicht UTF-16 oder gar kein Text); exportiere sie aus Anki oder Quizlet als reinen UTF-8-Text
import-error-not-utf8 = { $path } ist kein UTF-8-Text; exportiere sie aus Anki oder Quizlet als reinen Text
import-error-exists = { $path } gibt es schon: ersetze die Datei (Karten, deren Frage gleich blieb, behalten ihren Fortschritt) oder wähle eine andere Stapelkennung
import-error-id-taken = ein Stapel mit der Kennung `{ $id }` ist schon geladen; wähle eine andere Stapelkennung
import-error-create-folder = { $path } lässt sich nicht anlegen: { $reason }
import-error-write = { $path } lässt sich nicht schreiben: { $reason }
import-default-title = importiert
import-topic-name = Importiert
import-deck-description = Importiert aus { $origin }.
import-log-row-left-out = { $file }:{ $line }: { $why }; ausgelassen
log-row = Zeile { $line }: { $problem }
log-row-rating = die Bewertung { $rating } ist nicht 1, 2, 3 oder 4
log-row-time = `{ $text }` ist keine Zeitangabe nach ISO 8601 ({ $reason })
log-unreadable = die Datei ließ sich nicht lesen: { $reason }

## The command line (factdeck check, stats, import, export, draft, restore, evaluate)

cli-no-data-dir = für diesen Benutzer ließ sich kein Datenordner finden; gib --data-dir ORDNER an
cli-data-dir-is-file = { $path } ist eine Datei, kein Ordner: --data-dir (oder FACTDECK_DATA_DIR) muss den Ordner nennen, der deinen Fortschritt enthält; nichts wurde geändert
cli-cannot-write = { $path } lässt sich nicht schreiben: { $reason }
cli-cannot-open = { $path } lässt sich nicht öffnen: { $reason }
cli-wrote = { $path } geschrieben
cli-check-article-unreadable = der Artikel { $path } lässt sich nicht lesen: { $reason }
cli-check-passed = { $origin }: in Ordnung ({ $facts } Fakten, { $cards } Karten)
cli-check-problems = { $count ->
    [one] 1 Problem gefunden
   *[other] { $count } Probleme gefunden
}
cli-draft-nothing = aus { $path } ließ sich kein Fakt vorschlagen
cli-draft-exists = { $path } gibt es schon; wähle mit --out eine andere Datei
cli-draft-wrote = { $path } geschrieben: { $count } Fakten aus { $article } vorgeschlagen ({ $kinds }).
cli-draft-read-each = Lies jede Frage und Antwort und lösche oder ändere, was du nicht lernen würdest; dann:
cli-draft-copy = und kopiere die Datei in den Stapelordner deines Datenordners, um mit ihr zu lernen.
cli-import-cards-read = { $count ->
    [one] 1 Karte
   *[other] { $count } Karten
} aus { $file } gelesen ({ $source }):
cli-import-card = {"  "}Zeile { $line }: { $question }  ->  { $answer }
cli-import-lines-left-out = { $count ->
    [one] 1 Zeile ließ sich nicht lesen und wurde ausgelassen
   *[other] { $count } Zeilen ließen sich nicht lesen und wurden ausgelassen
}
cli-import-no-cards = aus { $path } ließ sich keine Karte lesen
cli-import-exists = { $path } gibt es schon: gib --replace an, um die Datei zu ersetzen (Karten, deren Frage gleich blieb, behalten ihren Fortschritt), oder --deck-id für einen anderen Stapel
cli-import-id-taken = ein Stapel mit der Kennung `{ $id }` ist schon geladen; wähle mit --deck-id eine andere
cli-import-bad-deck-id = `{ $id }` kann keine Stapelkennung sein: verwende Kleinbuchstaben a-z, Ziffern, `-` und `_` (--deck-id)
cli-import-bad-title = der Titel enthält das Steuerzeichen { $code }, das kein Text ist (--title)
cli-import-dry-run-deck = Nichts geschrieben (--dry-run); der Stapel wäre { $path }.
cli-import-wrote = { $path } mit { $count ->
    [one] 1 Frage
   *[other] { $count } Fragen
} geschrieben; ab dem nächsten Start ist er unter deinen Stapeln.
cli-import-log-read = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
} aus { $file } gelesen.
cli-import-log-rows-left-out = { $count ->
    [one] 1 Zeile wurde ausgelassen: sie kann keine echte Antwort sein (siehe oben); die anderen werden übernommen
   *[other] { $count } Zeilen wurden ausgelassen: sie können keine echten Antworten sein (siehe oben); die anderen werden übernommen
}
cli-import-dry-run = Nichts geschrieben (--dry-run).
cli-import-log-added = { $count ->
    [one] 1 Antwort
   *[other] { $count } Antworten
} zu { $cards ->
    [one] 1 Karte
   *[other] { $cards } Karten
} in deinen Fortschritt übernommen.
cli-import-log-already-there = { $count ->
    [one] 1 Antwort war schon da und blieb unverändert.
   *[other] { $count } Antworten waren schon da und blieben unverändert.
}
cli-import-log-older-than-own = { $count ->
    [one] 1 Antwort wurde ausgelassen: sie ist älter als Antworten, die du dieser Karte schon gegeben hast.
   *[other] { $count } Antworten wurden ausgelassen: sie sind älter als Antworten, die du diesen Karten schon gegeben hast.
}
cli-import-log-unknown-cards = { $count ->
    [one] 1 der Antworten gehört zu einer Karte, die keiner deiner Stapel hat; sie zählt in deiner Statistik und für „Für mich optimieren“.
   *[other] { $count } der Antworten gehören zu Karten, die keiner deiner Stapel hat; sie zählen in deiner Statistik und für „Für mich optimieren“.
}
cli-export-no-deck = es gibt keinen Stapel `{ $id }`; die Stapel sind: { $known }
cli-export-log-not-written = das Protokoll ließ sich nicht schreiben: { $reason }
cli-export-log-answers = { $count ->
    [one] 1 Antwort im Protokoll
   *[other] { $count } Antworten im Protokoll
}
cli-export-not-written = der Export ließ sich nicht schreiben: { $reason }
cli-stats-progress-in = Fortschritt in { $path }
cli-stats-reviews = Wiederholungen: { $total } insgesamt, { $today } heute
cli-stats-deck = { $title } ({ $id }): { $new } neu, { $learning } im Lernen, { $review } in Wiederholung; heute fällig: { $due_new } neu, { $due_learning } im Lernen, { $due } fällig
cli-stats-today = Heute: { $done } beantwortet, { $remaining } warten noch. Serie: { $streak ->
    [one] 1 Tag
   *[other] { $streak } Tage
}, längste { $longest }.
cli-stats-retention = Behalten in den letzten 7 Tagen: { $share } (Ziel { $target })
cli-stats-mastery = Beherrscht in { $title }:
cli-stats-topic = {"  "}{ $mastered } von { $facts } Fakten  { $name }
cli-restore-backups-in = Sicherungen in { $folder }:
cli-restore-none-yet = (noch keine: factdeck legt an jedem Lerntag, an dem du es öffnest, eine an)
cli-restore-how = Stelle eine mit `factdeck restore NAME` wieder her, oder mit `factdeck restore newest` die neueste.
cli-restore-no-good-backup = in { $folder } gibt es keine brauchbare Sicherung
cli-restore-not-found = es gibt keine Sicherung { $name }; `factdeck restore --list` zeigt sie
cli-restored = { $path } wiederhergestellt.
cli-restore-kept = Die ersetzte Datei bleibt als { $path } erhalten.
cli-evaluate-summary = { $reviews } Wiederholungen von { $cards } Karten, { $items } Trainingseinträge; bewertet an den Wiederholungen nach jedem Trainingszeitraum
cli-evaluate-model = Modell

## Problems in a deck file (after `file:line:column:`)

deck-line = Zeile { $line }: { $problem }
deck-toml = TOML: { $message }
deck-control-character = der Text enthält hier ein unsichtbares Steuerzeichen ({ $code }); entferne es
deck-text-not-closed = dieser Text ist nicht geschlossen: das schließende Anführungszeichen fehlt vor dem Zeilenende
deck-table-header-not-closed = diese Tabellenüberschrift ist nicht geschlossen: `]` fehlt
deck-key-twice = der Schlüssel `{ $key }` steht zweimal in dieser Tabelle; jeder Schlüssel darf nur einmal vorkommen
deck-key-without-value = nach diesem Schlüssel fehlen `=` und ein Wert
deck-unknown-escape = unbekanntes Escape nach `\` in diesem Text; schreibe `\\` für einen Backslash
deck-value-missing = hier fehlt ein Wert, oder es ist Text ohne Anführungszeichen
deck-expected-text = Text in Anführungszeichen
deck-expected-boolean = true oder false
deck-expected-list = eine Liste in eckigen Klammern, etwa ["a", "b"]
deck-found-number = die Zahl { $number }
deck-found-text = der Text { $text }
deck-found-list = eine Liste
deck-found-table = eine Tabelle
deck-key-wrong-type = `{ $key }` muss { $expected } sein, nicht { $found }
deck-wrong-type = hier wird { $expected } erwartet, nicht { $found }
deck-unknown-key-in-table = unbekannter Schlüssel `{ $key }` in { $table }; erlaubt sind: { $allowed } (ein Schlüssel unter einer Tabellenüberschrift gehört zu dieser Tabelle)
deck-table-missing-key = in { $table } fehlt `{ $key }`
deck-unknown-top-level-key = unbekannter Schlüssel `{ $key }`: eine Stapeldatei hat [deck], [[topics]], [[sections]] und [[facts]]
deck-empty-file = die Datei ist leer; ein Stapel beginnt mit einer Tabelle [deck], die seine Kennung und seinen Titel nennt
deck-no-deck-table = die Datei hat keine Tabelle [deck] mit Kennung und Titel des Stapels
deck-no-topics = der Stapel hat keine [[topics]]; jeder Fakt braucht ein Thema
deck-no-facts = der Stapel hat keine [[facts]]
deck-duplicate-fact-id = doppelte Faktkennung `{ $id }`
deck-duplicate-topic-id = doppelte Themenkennung `{ $id }`
deck-duplicate-section-id = doppelte Abschnittskennung `{ $id }`
deck-not-tables = `{ $what }` muss als Tabellen [[{ $what }]] geschrieben werden
deck-fact-not-table = jeder Fakt muss eine Tabelle [[facts]] sein
deck-id-of-deck = Stapel
deck-id-of-topic = Thema
deck-id-of-section = Abschnitt
deck-id-of-fact = Fakt
deck-empty-id = die Kennung (Art: { $of }) ist leer
deck-bad-id = die Kennung `{ $id }` (Art: { $of }) darf nur Kleinbuchstaben a-z, Ziffern, `-` und `_` enthalten
deck-empty-value = `{ $key }` ist leer
deck-fact-without-kind = diesem Fakt fehlt `kind`
deck-kind-not-text = `kind` muss Text sein, etwa "number" oder "list"
deck-fact-missing = in [[facts]] fehlt `{ $key }`
deck-unknown-kind = unbekannte Faktart `{ $name }`; die Arten sind: { $kinds }
deck-unknown-key-for-kind = unbekannter Schlüssel `{ $key }` für einen Fakt der Art { $kind }; erlaubt sind: { $allowed }
deck-kind-missing-key = diesem Fakt der Art { $kind } fehlt `{ $key }`
deck-unknown-topic = unbekanntes Thema `{ $topic }`; die Themen des Stapels sind: { $known }
deck-unknown-section = unbekannter Abschnitt `{ $section }`; die Abschnitte des Stapels sind: { $known }
deck-none = (keine)
deck-not-a-date = `{ $text }` ist kein Datum: schreibe ein Jahr (2013), einen Monat (2019-02), einen Monat allein (--02), einen Tag (2019-04-25) oder einen deutschen Wochentag (Donnerstag)
deck-not-a-day = `{ $text }` ist kein Tag des Kalenders
deck-not-a-figure = `{ $key }` eines Zahlenfakts sind Zahlenangaben wie "über 150.000 Leiharbeiter"; `{ $text }` enthält keine Zahl
deck-not-a-number = `value` muss eine Zahl sein wie 120000 oder "120.000"; { $shown } ist keine
deck-item-claim-placeholder = `item_claim` muss `{"{}"}` genau einmal enthalten, wo ein Eintrag hingehört, wie in "Nordkorea darf {"{}"} nicht ausführen."
deck-empty-list = `{ $key }` ist eine leere Liste
deck-twice-in-list = `{ $text }` steht zweimal in `{ $key }`
deck-id-used-by = die Stapelkennung `{ $id }` benutzt schon { $other }; diese Datei wird übersprungen
deck-deck-folder-unreadable = der Stapelordner lässt sich nicht lesen: { $reason }
deck-folder-unreadable = der Ordner lässt sich nicht lesen: { $reason }
deck-no-deck-files = der Ordner enthält keine .toml-Stapeldateien
deck-file-unreadable = die Datei lässt sich nicht lesen: { $reason }
deck-too-large = die Datei ist { $megabytes } MB groß; Stapeldateien dürfen höchstens { $most } MB groß sein
deck-utf32 = die Datei ist UTF-32-Text; speichere sie als UTF-8
deck-utf16 = die Datei ist UTF-16-Text; speichere sie als UTF-8
deck-utf16-without-mark = die Datei sieht aus wie UTF-16-Text ohne Byte-Order-Mark (jedes zweite Byte ist null); speichere sie als UTF-8
deck-zero-byte = die Datei enthält Binärdaten (hier ein Null-Byte), keinen Text: ein Stapel ist eine TOML-Textdatei
deck-latin1 = die Datei ist kein UTF-8: das Byte { $byte } hier wäre „{ $char }“ in Latin-1 (ISO 8859-1 oder Windows-1252); speichere die Datei als UTF-8
deck-binary-byte = die Datei enthält Binärdaten (das Byte { $byte } hier ist kein Text): ein Stapel ist eine TOML-Textdatei
deck-not-utf8 = die Datei ist kein UTF-8: das Byte { $byte } hier lässt sich nicht lesen; speichere sie als UTF-8
deck-lint = Fragenprüfung [{ $rule }]: Fakt `{ $fact }`: { $finding }
deck-no-cue = Fakt `{ $fact }` hat keinen `cue`; gib ein paar Wörter an, die wörtlich in { $article } stehen, oder markiere ihn mit `context = true`
deck-cue-not-in-article = der Hinweis von Fakt `{ $fact }` ("{ $cue }") steht nicht wörtlich in { $article }
deck-replaces-built-in = die Stapelkennung `{ $id }` ist die des eingebauten Stapels, deshalb ersetzt diese Datei den eingebauten Stapel „{ $title }“ (seine Karten und seinen Fortschritt); gib der Datei eine andere Kennung oder entferne sie, um den eingebauten Stapel zurückzubekommen
deck-edited-copy = deine bearbeitete Kopie des eingebauten Stapels „{ $title }“ wird an seiner Stelle benutzt, mit seinem Fortschritt; entferne die Datei, um den eingebauten Stapel zurückzubekommen
import-replace = Ersetzen

## The question lint of factdeck check

lint-option-precision = die falsche Option `{ $option }` ist kein Datum in der Genauigkeit der Antwort
lint-unfair-option = die falsche Option `{ $option }` { $why }
lint-prompt-holds-answer = die Frage von `{ $card }` („{ $prompt }“) enthält ihre Antwort „{ $answer }“
lint-variant-not-minimal = die falsche Variante „{ $variant }“ ist keine kleine Änderung von „{ $text }“: ändere ein paar Wörter an einer Stelle, damit die Aussage nach ihrem Inhalt beurteilt wird, nicht nach ihrer Form
lint-variant-absolute = die falsche Variante „{ $variant }“ fügt „{ $word }“ hinzu, ein Wort, das eine Aussage schon für sich als falsch kennzeichnet
lint-variant-true-elsewhere = die falsche Variante „{ $variant }“ ist, was Fakt `{ $fact }` als wahr nennt
lint-person-without-ask-name = eine Person ohne `ask_name` wird „Wer ist gemeint? – …“ gefragt: schreibe die Frage
lint-place-without-ask-place = ein Ort ohne `ask_place` wird „Wo? – …“ gefragt: schreibe die Frage
lint-list-without-ask-item = eine Aufzählung mit falschen Optionen oder einer Kategorie, aber ohne `ask_item`, fragt nie nach einem einzelnen Eintrag: schreibe die Frage für einen Eintrag
lint-background-in-question = ihre Frage sagt „nicht im Artikel“: markiere den Fakt stattdessen mit `context = true`; das Fenster zeigt Hintergrundfakten als solche
lint-role-names-another-person = ihre Rolle nennt { $other }, nach dem ebenfalls gefragt wird: beim Zuordnen von Personen zu Rollen verriete das das Paar
unfair-empty = ist leer
unfair-also-right = gilt als richtige Antwort (die Antwort, ein Eintrag der Aufzählung oder eine Form aus `also_right`)
unfair-overlaps = enthält eine richtige Antwort oder ist in einer enthalten
unfair-logically-true = ist immer wahr, wenn die Antwort es ist (eine kleinere Zahl neben „über“, eine größere neben „unter“)
unfair-too-close = liegt zu nah an der Zahl der Antwort, um klar falsch zu sein
unfair-other-category = ist nicht von der Art der Antwort (keine Zahl oder eine andere Einheit)
unfair-names-the-subject = nennt die gefragte Person
unfair-named-in-question = wird in der Frage selbst genannt

## Backups and what is found in a progress file

backup-not-started = die Sicherung ließ sich nicht starten: { $reason }
backup-stopped = die Sicherung brach unerwartet ab
backup-daily-failed = die heutige Sicherung ließ sich nicht anlegen: { $reason }
backup-newer = sie wurde von einem neueren factdeck geschrieben (Format { $found }; diese Version kennt bis { $supported })
backup-no-progress = sie enthält keinen Fortschritt von factdeck
backup-damaged = sie ist beschädigt ({ $details })
backup-not-a-file = sie ist keine gewöhnliche Datei
backup-foreign = sie ist die Datenbank eines anderen Programms
finding-cannot-read = { $path } lässt sich nicht lesen: { $reason }
finding-dangling-link = { $path } ist eine Verknüpfung auf eine Datei, die es nicht gibt, und factdeck legt keine Dateien über Verknüpfungen an
finding-folder = { $path } ist ein Ordner, keine Datei
finding-empty-beside-log = die Datei ist leer, aber ihr Write-Ahead-Log daneben enthält { $bytes } Bytes
finding-page-size = ihr Kopf nennt eine unmögliche Seitengröße ({ $size })
finding-no-details = keine Einzelheiten
finding-more-problems = { $first } (und { $count ->
    [one] 1 weiteres Problem
   *[other] { $count } weitere Probleme
})

## Editing a fact's wording

session-error-deck-not-read = { $path } ließ sich nicht lesen: { $reason }
session-error-fact-not-saved = mit der neuen Formulierung wäre der Stapel ungültig: { $reason }
edit-error-not-toml = die Stapeldatei ist kein TOML, das dieser Editor lesen kann: { $reason }
edit-error-no-deck-table = die Stapeldatei ist kein TOML, das dieser Editor lesen kann: sie hat keine Tabelle [deck]
edit-error-no-such-fact = die Stapeldatei hat keinen Fakt `{ $id }` in einer Tabelle [[facts]]
edit-error-fixed = `{ $key }` lässt sich hier nicht ändern

## factdeck sync

cli-sync-off = Der Abgleich ist aus; der Sync-Ordner und sein Inhalt blieben, wie sie sind.
cli-sync-renewed-id = Dieser Datenordner wurde von einem anderen Computer kopiert (oder seine Gerätekennung war schon vergeben), deshalb hat er eine neue Gerätekennung bekommen; nichts ging verloren.
cli-sync-synced = Abgeglichen: { $written } Änderung(en) geschrieben, { $segments } Segment(e) gelesen, { $added } Änderung(en) übernommen ({ $here } schon hier), { $cards } Karte(n) auf den neuesten Stand gebracht.
cli-sync-incomplete = noch nicht vollständig (wird noch kopiert?)
cli-sync-bad-checksum = seine Prüfsumme stimmt nicht (beschädigt oder wird gerade kopiert)
cli-sync-newer-format = von einem neueren factdeck geschrieben (Format { $format })
cli-sync-damaged = beschädigt: { $reason }
cli-sync-too-large = { $size } MB, größer als jedes Segment, das factdeck schreibt (höchstens { $limit } MB): wird nie gelesen
cli-sync-left-for-later = Für später gelassen: { $name }: { $why }.
cli-sync-deck-updated = Stapeldatei von einem anderen Computer aktualisiert: { $path }.
cli-sync-is-off = Der Abgleich ist aus. Schalte ihn mit `factdeck sync --folder ORDNER` ein.
cli-sync-folder = Sync-Ordner: { $path }
cli-sync-device-id = Gerätekennung dieses Computers: { $id }
cli-sync-last-synced = Zuletzt abgeglichen: { $when } mit { $peers } anderen Computer(n)
cli-sync-not-yet = Noch nicht abgeglichen.
cli-sync-waiting = Änderungen, die noch nicht in den Ordner geschrieben sind: { $count }
cli-sync-problem = Problem: { $problem }

## A file the learner named that could not be read

file-missing = die Datei gibt es nicht
file-folder = das ist ein Ordner, keine Datei
file-not-regular = das ist keine gewöhnliche Datei (eine Pipe oder ein Gerät?)
file-too-large = sie ist { $size } MB groß, mehr als die erlaubten { $limit } MB

## Limits of a deck file

deck-ids-and-more = { $ids } und { $count } weitere
deck-nested-too-deeply = Tabellen, Listen oder gepunktete Schlüssel sind hier zu tief verschachtelt; ein Stapel verschachtelt nicht tiefer als eine Liste in einer Tabelle [[facts]]
deck-id-too-long = die Kennung (Art: { $of }) ist { $chars } Zeichen lang; eine Kennung darf höchstens { $most } haben
deck-text-too-long = `{ $key }` ist { $chars } Zeichen lang; ein Text in einem Stapel darf höchstens { $most } haben
deck-figure-too-large = `{ $key }` enthält eine Zahl über 1.000.000.000.000.000, der größten, die ein Stapel enthalten darf
deck-too-many-facts = der Stapel hat { $count } Fakten; ein Stapel darf höchstens { $most } haben
deck-too-many-topics = der Stapel hat { $count } Themen; ein Stapel darf höchstens { $most } haben
deck-too-many-sections = der Stapel hat { $count } Abschnitte; ein Stapel darf höchstens { $most } haben
deck-list-too-long = `{ $key }` hat { $count } Einträge; eine Liste eines Fakts darf höchstens { $most } haben
deck-more-problems = … und { $count } weitere Probleme in dieser Datei
import-error-too-many-cards = die Datei enthält { $count } Karten; ein Stapel darf höchstens { $most } haben, deshalb wurde nichts geschrieben: teile die Datei auf
import-error-too-large = die Stapeldatei wäre { $megabytes } MB groß; eine Stapeldatei darf höchstens { $most } MB groß sein, deshalb wurde nichts geschrieben: teile die Datei auf
cli-cannot-read = { $path } lässt sich nicht lesen: { $reason }
