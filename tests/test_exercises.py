"""The exercise framework: check, hint, solution, placeholder, progress, localisation."""

from __future__ import annotations

import pytest

import funnelkit
from funnelkit import i18n
from funnelkit.exercises import (
    ChoiceQuestion,
    Exercise,
    FrameQuestion,
    FunctionQuestion,
    OrderQuestion,
    ValueQuestion,
    ____,
)
from funnelkit.metrics import conversion_table
from funnelkit.quizzes import Choice


@pytest.fixture(autouse=True)
def _english():
    funnelkit.set_language("en")
    yield
    funnelkit.set_language("en")


def rate_question():
    return ValueQuestion("rate", "Rate?", expected=lambda: 1_200 / 10_000, var="rate",
                         hints=("Divide.", "1,200 / 10,000."), solution="`rate = 1200 / 10000`")


def test_placeholder_and_missing_variable_mean_not_attempted():
    q = rate_question()
    assert q.check(____).status == "not_attempted"
    assert q.check([1, ____]).status == "not_attempted"
    feedback = q.check()  # no variable named rate in this test module
    assert feedback.status == "not_attempted" and "`rate`" in str(feedback)
    assert not feedback


def test_check_reads_the_learners_variable_by_name():
    q = rate_question()
    rate = 0.12  # noqa: F841 - read by q.check() through the caller's frame
    assert q.check().status == "correct"
    rate = 0.3  # noqa: F841
    assert q.check().status == "incorrect"


def test_wrong_values_are_explained_without_giving_the_answer():
    q = rate_question()
    messages = [str(q.check(answer)) for answer in (0.88, 0.01, 12, "0.12", True)]
    assert "too high" in messages[0] and "too low" in messages[1]
    assert "percentage" in messages[2]
    assert "expected a number" in messages[3] and "expected a number" in messages[4]
    assert not any("0.12" in message and "12 %" not in message for message in messages[:2])
    assert q.status == "incorrect"


def test_hints_get_more_concrete_and_solution_is_shown():
    q = rate_question()
    assert str(q.hint()).startswith("Hint 1 of 2")
    assert str(q.hint()).startswith("Hint 2 of 2")
    assert str(q.hint()).startswith("Hint 2 of 2")  # stays at the last hint
    assert "Divide." in str(q.hint(1))
    with pytest.raises(ValueError, match="hint level must be 1 to 2"):
        q.hint(3)
    assert "rate = 1200 / 10000" in str(q.solution())


def test_frame_question_names_the_column_at_fault():
    expected = conversion_table([1000, 400, 100, 25], funnelkit.SALES_FUNNEL)
    q = FrameQuestion("table", "Table?", expected=lambda: expected,
                      columns=["stage", "count", "step_rate"])
    assert q.check(expected.copy()).status == "correct"
    wrong = expected.copy()
    wrong.loc[2, "step_rate"] = 0.3
    assert "column 'step_rate' differs from row 2" in str(q.check(wrong))
    assert "no column 'count'" in str(q.check(expected.drop(columns="count")))
    assert "3 rows" in str(q.check(expected.head(3)))
    assert "DataFrame" in str(q.check([1, 2]))


def test_function_question_tests_cases_and_reports_errors():
    q = FunctionQuestion("f", "Write step_rate(a, b).", reference=lambda a, b: b / a,
                         cases=[(1000, 400), (10, 0)])
    assert q.check(lambda a, b: b / a).status == "correct"
    assert "(1000, 400) your function returns 2.5" in str(q.check(lambda a, b: a / b))
    fails_on_zero = q.check(lambda a, b: b / a if b else 1 / b)
    assert "(10, 0) your function raised ZeroDivisionError" in str(fails_on_zero)

    def unfinished(a, b):
        return ____

    assert q.check(unfinished).status == "not_attempted"


def test_choice_question_explains_the_chosen_wrong_option():
    q = ChoiceQuestion("c", "Which?", choices=[
        Choice("12 %", True, "Right."),
        Choice("88 %", False, "That is the drop-off."),
    ])
    assert q.check("a") and q.check("A")
    assert str(q.check("b")) == "Not quite: That is the drop-off."
    assert "not one of the options" in str(q.check("z"))
    assert q.options().splitlines() == ["a) 12 %", "b) 88 %"]


def test_order_question_says_where_the_order_breaks():
    q = OrderQuestion("o", "Order?", expected=funnelkit.SALES_FUNNEL.keys)
    assert q.check(list(funnelkit.SALES_FUNNEL.keys))
    assert "position 3" in str(q.check(["awareness", "interest", "action", "decision"]))
    assert "missing: action" in str(q.check(["awareness", "interest", "decision"]))
    assert "each once" in str(q.check([*funnelkit.SALES_FUNNEL.keys, "loyalty"]))


def test_self_test_helpers_fail_loudly():
    q = rate_question()
    q.assert_check_passes(0.12)
    q.assert_check_fails(0.5)
    with pytest.raises(AssertionError, match="accepts the wrong answer"):
        q.assert_check_fails(0.12)
    with pytest.raises(AssertionError, match="rejects the solution"):
        q.assert_check_passes(0.5)


def test_progress_and_feedback_follow_the_language(monkeypatch):
    fake = {"Correct!": "Richtig!", "correct": "richtig", "not attempted": "nicht versucht"}
    monkeypatch.setattr(i18n, "_catalog", lambda lang: fake if lang == "de" else {})
    first, second = rate_question(), rate_question()
    exercise = Exercise("demo", [first, second])
    funnelkit.set_language("de")
    assert str(first.check(0.12)) == "Richtig!"
    assert exercise.progress().to_dict("list") == {
        "question": ["q1", "q2"], "status": ["richtig", "nicht versucht"],
    }
    assert "<div" in first.check(0.12)._repr_html_()


def test_every_exercise_module_is_complete():
    import importlib

    from funnelkit.course import LESSONS

    for entry in LESSONS[1:]:
        module = importlib.import_module(f"funnelkit.exercises.ex{entry.number}")
        questions = module.exercise.questions
        assert 3 <= len(questions) <= 6, entry.slug
        assert module.exercise.slug == entry.slug
        for question in questions:
            assert question.hints and question.solution_text, f"{entry.slug} {question.key}"
            assert question.var, f"{entry.slug} {question.key} needs a variable name"
