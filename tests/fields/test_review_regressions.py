"""Cases a code review of session 9's rules found: each once went wrong."""

from requestdesk.classifiers.cues import PARTIES
from requestdesk.extractors.agency_choice import TRIBAL
from requestdesk.extractors.citations import normalize_citations
from requestdesk.extractors.names import find_names
from requestdesk.extractors.requestor import _row_person, on_behalf_of
from requestdesk.extractors.signature import clean_name
from requestdesk.extractors.subjects import surname_row


def test_a_rank_before_a_name_with_a_badge_after_it() -> None:
    assert clean_name("Detective John Smith #4411") == "John Smith"
    assert clean_name("Det. Sgt. Francis X. Moretti Jr. (Shield 2231)") == "Francis X. Moretti Jr."
    assert clean_name("Deputy Public Defender Mary Poe") == "Mary Poe"
    assert clean_name("Deputy County Attorney Jane Doe") == "Jane Doe"


def test_hostile_lines_are_read_in_linear_time() -> None:
    # Both patterns once backtracked for seconds to minutes on lines like these.
    assert _row_person("Requester\n" + "l" * 400 + "\n", 500) is None
    assert PARTIES.search("piaintiff v. " * 400) is None


def test_an_order_someone_obtained_is_no_request_made_for_them() -> None:
    text = "Please send the records relating to the protective order obtained by Maria Lopez last year."
    assert on_behalf_of(text, len(text)) is None


def test_the_next_row_is_no_cut_surname() -> None:
    assert surname_row("GARCIA  01/02/1980", "LI, Wei  03/04/1985") is None
    assert surname_row("HEIGHT 5-10", "WT, Brown") is None


def test_race_and_sex_code_after_a_column_gap() -> None:
    assert [n for n, _, _ in find_names("BANFIELD, Rodney  W/M")] == ["Rodney Banfield"]


def test_years_and_subsections_are_no_sections() -> None:
    assert normalize_citations("18 U.S.C. § 1343, 2019 through 2021") == ["18 USC 1343"]
    assert normalize_citations("Colorado. C.R.Crim.P. 16, 17(c)(1) and 41") == [
        "CO CrimP 16", "CO CrimP 17", "CO CrimP 41"]


def test_the_nations_capital_is_no_tribe() -> None:
    assert TRIBAL.search("Serving the Nation's Capital") is None
    assert TRIBAL.search("NAVAJO NATION DIVISION OF PUBLIC SAFETY")
