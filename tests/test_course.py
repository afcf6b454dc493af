"""The course package: question files, exercise checks bound to a notebook, quizzes."""

from __future__ import annotations

import html
import importlib
import subprocess
import sys

import pytest

import funnelkit
from funnelcourse import ____, exercise, quiz
from funnelcourse import i18n as course_i18n
from funnelcourse.course_map import LESSONS
from funnelcourse.exercise import Check
from funnelcourse.questions import CHOICE_KINDS, Choice, Question, questions, questions_file
from funnelcourse.widgets import Quiz, StageOrder
from funnelkit import MARKETING_FUNNEL, SALES_FUNNEL
from funnelkit.i18n import LANGUAGES
from funnelkit.metrics import conversion_table

#: Lessons with an exercise notebook (00 and the final assessment have none).
WITH_EXERCISE = [entry for entry in LESSONS[1:]
                 if questions_file(f"exercises/{entry.slug}").with_suffix("").with_suffix(".py")
                 .exists()]
SOURCES = [f"lessons/{entry.slug}" for entry in LESSONS] + [
    f"exercises/{entry.slug}" for entry in WITH_EXERCISE]


@pytest.fixture(autouse=True)
def _english():
    funnelkit.set_language("en")
    yield
    funnelkit.set_language("en")


def value_check(namespace=None, **options) -> Check:
    question = Question("exercises/demo", "rate", "value", "Rate?", var="rate",
                        hints=("Divide.", "1,200 / 10,000."),
                        solution="`rate = 1200 / 10000`", options=options)
    return Check(question, namespace, lambda: 1_200 / 10_000)


# ------------------------------------------------------------------ question files


@pytest.mark.parametrize("source", SOURCES)
def test_every_source_has_valid_questions(source):
    found = questions(source)
    assert questions_file(source).exists()
    # a lesson 00 pre-test or the final assessment has more items than an exercise
    assert 1 <= len(found) <= (6 if source.startswith("exercises/") else 10)
    for item in found:
        if source.startswith("exercises/"):
            assert item.var and item.hints and item.solution, item.key
        else:
            assert item.kind in CHOICE_KINDS, item.key


@pytest.mark.parametrize("entry", WITH_EXERCISE, ids=lambda entry: entry.slug)
def test_every_exercise_module_expects_an_answer_for_each_question(entry):
    module = importlib.import_module(f"funnelcourse.exercises.ex{entry.number}")
    checked = {item.key for item in questions(f"exercises/{entry.slug}")
               if item.kind not in CHOICE_KINDS}
    assert set(module.EXPECTED) == checked
    bound = exercise(entry.slug, {})
    assert [check.question.key for check in bound] == [
        item.key for item in questions(f"exercises/{entry.slug}")]


def _objectives(entry) -> int:
    """The number of top-level bullets of the lesson's ``objectives`` cell."""
    import jupytext

    from funnelcourse.i18n import COURSE_ROOT

    notebook = jupytext.read(COURSE_ROOT / "lessons" / "src" / f"{entry.slug}.py")
    cells = [cell for cell in notebook.cells
             if "objectives" in cell.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"{entry.slug}: one objectives cell expected"
    return sum(line.startswith("- ") for line in cells[0].source.splitlines())


def _items(entry) -> list:
    found = list(questions(f"lessons/{entry.slug}"))
    if entry in WITH_EXERCISE:
        found += questions(f"exercises/{entry.slug}")
    return found


@pytest.mark.parametrize("entry", LESSONS, ids=lambda entry: entry.slug)
def test_every_objective_is_assessed_and_every_item_has_a_level(entry):
    count = _objectives(entry)
    assert count >= 1
    items = _items(entry)
    assert all(item.level for item in items), [item.key for item in items if not item.level]
    assessed = {number for item in items for number in item.assesses}
    assert assessed <= set(range(1, count + 1)), (
        f"{entry.slug}: items assess objectives {sorted(assessed)}, the lesson has {count}")
    missing = sorted(set(range(1, count + 1)) - assessed)
    assert not missing, f"{entry.slug}: objectives {missing} are assessed by no item"


def test_most_items_ask_to_apply_or_analyse():
    items = [item for entry in LESSONS for item in _items(entry)]
    higher = sum(item.level in ("apply", "analyse") for item in items)
    assert 3 * higher >= 2 * len(items), f"{higher} of {len(items)} items apply or analyse"


def test_bad_question_data_is_refused_with_the_key():
    with pytest.raises(ValueError, match="question 'q': 2 correct choices for a single"):
        Question("lessons/x", "q", "single", "?", (Choice("a", True, "x"), Choice("b", True, "y")))
    with pytest.raises(ValueError, match="kind must be one of"):
        Question("lessons/x", "q", "essay", "?")
    with pytest.raises(ValueError, match="choices without feedback"):
        Question("lessons/x", "q", "single", "?", (Choice("a", True), Choice("b", False, "y")))
    with pytest.raises(KeyError, match="no question 'nope'"):
        quiz("02-sales-funnel", "nope")


# ------------------------------------------------------------------ exercise checks


def test_checks_read_the_bound_namespace_not_the_callers_frame():
    namespace: dict = {}
    q = value_check(namespace)
    feedback = q.check()
    assert feedback.status == "not_attempted" and "`rate`" in str(feedback)
    rate = 0.12  # noqa: F841 - a local of the caller must not be read
    assert q.check().status == "not_attempted"

    def helper():
        return q.check()

    namespace["rate"] = 0.12
    assert helper().status == "correct"
    namespace["rate"] = 0.3
    assert q.check().status == "incorrect"


def test_an_unbound_check_says_how_to_bind_it():
    with pytest.raises(RuntimeError, match=r"exercise\(slug, globals\(\)\)"):
        value_check().check()


def test_placeholder_means_not_attempted():
    q = value_check({})
    assert q.check(____).status == "not_attempted"
    assert q.check([1, ____]).status == "not_attempted"
    assert not q.check(____)


def test_wrong_values_are_explained_without_giving_the_answer():
    q = value_check({})
    messages = [str(q.check(answer)) for answer in (0.88, 0.01, 12, "0.12", True)]
    assert "too high" in messages[0] and "too low" in messages[1]
    assert "percentage" in messages[2]
    assert "expected a number" in messages[3] and "expected a number" in messages[4]
    assert q.status == "incorrect"


def test_hints_get_more_concrete_and_solution_is_shown():
    q = value_check({})
    assert str(q.hint()).startswith("Hint 1 of 2")
    assert str(q.hint()).startswith("Hint 2 of 2")
    assert str(q.hint()).startswith("Hint 2 of 2")  # stays at the last hint
    assert "Divide." in str(q.hint(1))
    with pytest.raises(ValueError, match="hint level must be 1 to 2"):
        q.hint(3)
    assert "rate = 1200 / 10000" in str(q.solution())


def test_frame_check_names_the_column_at_fault():
    expected = conversion_table([1000, 400, 100, 25], SALES_FUNNEL)
    question = Question("exercises/demo", "t", "frame", "Table?", var="t",
                        options={"columns": ["stage", "count", "step_rate"]})
    q = Check(question, {}, lambda: expected)
    assert q.check(expected.copy()).status == "correct"
    wrong = expected.copy()
    wrong.loc[2, "step_rate"] = 0.3
    assert "column 'step_rate' differs from row 2" in str(q.check(wrong))
    assert "no column 'count'" in str(q.check(expected.drop(columns="count")))
    assert "3 rows" in str(q.check(expected.head(3)))
    assert "DataFrame" in str(q.check([1, 2]))


def test_function_check_tests_cases_and_reports_errors():
    question = Question("exercises/demo", "f", "function", "Write step_rate(a, b).",
                        var="step_rate", options={"cases": [[1000, 400], [10, 0]]})
    q = Check(question, {}, lambda a, b: b / a)
    assert q.check(lambda a, b: b / a).status == "correct"
    assert "(1000, 400) your function returns 2.5" in str(q.check(lambda a, b: a / b))
    fails_on_zero = q.check(lambda a, b: b / a if b else 1 / b)
    assert "(10, 0) your function raised ZeroDivisionError" in str(fails_on_zero)

    def unfinished(a, b):
        return ____

    assert q.check(unfinished).status == "not_attempted"


def test_choice_check_explains_the_chosen_wrong_option():
    question = Question("exercises/demo", "c", "single", "Which?", var="c", choices=(
        Choice("12 %", True, "Right."), Choice("88 %", False, "That is the drop-off.")))
    q = Check(question, {})
    assert q.check("a") and q.check("A")
    assert str(q.check("b")) == "Not quite: That is the drop-off."
    assert "not one of the options" in str(q.check("z"))
    assert q.options().splitlines() == ["a) 12 %", "b) 88 %"]


def test_order_check_says_where_the_order_breaks():
    question = Question("exercises/demo", "o", "order", "Order?", var="o")
    q = Check(question, {}, SALES_FUNNEL.keys)
    assert q.check(list(SALES_FUNNEL.keys))
    assert "position 3" in str(q.check(["awareness", "interest", "action", "decision"]))
    assert "missing: action" in str(q.check(["awareness", "interest", "decision"]))
    assert "each once" in str(q.check([*SALES_FUNNEL.keys, "loyalty"]))


def test_self_test_helpers_fail_loudly():
    q = value_check({})
    q.assert_check_passes(0.12)
    q.assert_check_fails(0.5)
    with pytest.raises(AssertionError, match="accepts the wrong answer"):
        q.assert_check_fails(0.12)
    with pytest.raises(AssertionError, match="rejects the solution"):
        q.assert_check_passes(0.5)


def test_progress_and_feedback_follow_the_language(monkeypatch):
    fake = {"Correct!": "Richtig!", "correct": "richtig", "not attempted": "nicht versucht",
            "Rate?": "Quote?"}
    monkeypatch.setattr(course_i18n, "_messages", lambda path: fake)
    namespace = {"rate": 0.12}
    first, second = value_check(namespace), value_check(namespace)
    from funnelcourse.exercise import Exercise

    funnelkit.set_language("de")
    assert str(first.check()) == "Richtig!"
    assert Exercise("demo", [first, second]).progress().to_dict("list") == {
        "question": ["q1", "q2"], "task": ["Quote?", "Quote?"],
        "status": ["richtig", "nicht versucht"],
    }
    assert "<div" in first.check()._repr_html_()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_exercise_texts_come_from_the_exercise_catalog(lang):
    bound = exercise("02-sales-funnel", {})
    q1 = bound.questions[0]
    with funnelkit.i18n.language(lang):
        shown = str(q1.hint(1))
    expected = course_i18n.gettext(q1.question.hints[0], lang,
                                   source="exercises/02-sales-funnel")
    assert expected in shown
    if lang != "en":
        assert expected != q1.question.hints[0], f"hint 1 of exercise 02 untranslated in {lang}"


# ------------------------------------------------------------------ quiz widget


def test_quiz_single_choice_feedback_on_selection():
    item = quiz("02-sales-funnel", "aida-desire")
    assert item.check() is None and item.feedback == ""
    item.choice.value = 0
    assert item.check() is False
    assert item.feedback.startswith("Not quite. Decision is the name")
    assert "Decision is the name" in item.feedback_html.value
    assert item.answer(1) is True
    assert item.feedback.startswith("Correct! Right: the classic formula")


def test_quiz_multiple_choice_checks_on_the_button():
    item = quiz("02-sales-funnel", "decision-tactics")
    assert item.kind == "multiple"
    item.check_button.click()
    assert item.feedback == "Choose at least one answer first."
    item.boxes[0].value = True
    item.boxes[1].value = True
    item.check_button.click()
    assert item.check() is False
    lines = item.feedback.splitlines()
    assert lines[0] == "Not quite."
    assert lines[1].startswith("✗ A poster at a trade fair: ")
    assert lines[2].startswith("✓ A free trial: ")
    assert lines[3].startswith("✓ A product demo (not chosen): ")
    assert item.answer(1, 3, 4) is True


def test_a_value_question_cannot_be_a_quiz():
    with pytest.raises(ValueError, match="a quiz needs one of the kinds"):
        Quiz(questions("exercises/02-sales-funnel")[1])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_quiz_is_translated_through_the_lessons_catalog(lang):
    item = quiz("01-why-funnels", "narrowing", lang=lang)
    question = item.question
    prompt = course_i18n.gettext(question.prompt, lang, source="lessons/01-why-funnels")
    assert html.escape(prompt) in item.children[0].value
    assert [label for label, _ in item.choice.options] == [
        question.translate(choice.text, lang) for choice in question.choices]
    if lang != "en":
        assert prompt != question.prompt, f"quiz prompt untranslated in {lang}"
    wrong = next(i for i, choice in enumerate(question.choices) if not choice.correct)
    item.choice.value = wrong
    assert item.feedback == (course_i18n.gettext("Not quite.", lang) + " "
                             + question.translate(question.choices[wrong].feedback, lang))


# ------------------------------------------------------------------ stage order


def test_stage_order_is_seeded_and_never_solved():
    for seed in range(20):
        puzzle = StageOrder(MARKETING_FUNNEL, seed=seed)
        assert puzzle.order == StageOrder(MARKETING_FUNNEL, seed=seed).order
        assert puzzle.order != MARKETING_FUNNEL.keys
        assert sorted(puzzle.order) == sorted(MARKETING_FUNNEL.keys)
    assert StageOrder(seed=1).order != StageOrder(seed=2).order


@pytest.mark.parametrize("lang", LANGUAGES)
def test_stage_order_buttons_and_feedback(lang):
    gettext = course_i18n.gettext
    puzzle = StageOrder(SALES_FUNNEL, seed=1, lang=lang)
    assert [label for label, _ in puzzle.listbox.options] == [
        SALES_FUNNEL[key].label(lang) for key in puzzle.order]
    assert puzzle.check() is False
    assert puzzle.feedback.startswith(gettext(
        "Not yet: {placed} of {total} stages are in the right place.", lang).split("{")[0])
    for position, key in enumerate(SALES_FUNNEL.keys):
        puzzle.listbox.value = key
        while puzzle.order.index(key) > position:
            puzzle.up_button.click()
    assert puzzle.order == SALES_FUNNEL.keys
    puzzle.check_button.click()
    assert puzzle.feedback == gettext("Correct!", lang) + " " + " → ".join(
        SALES_FUNNEL.labels(lang))


# ------------------------------------------------------------------ set-up


def test_setup_sets_the_language_and_enables_the_chart_theme():
    code = ("import altair as alt, funnelcourse, funnelkit; funnelcourse.setup('ru'); "
            "print(funnelkit.get_language(), alt.theme.active, alt.renderers.active)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["ru", "funnelkit", "mimetype"]
