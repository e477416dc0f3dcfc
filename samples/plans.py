"""Which templates each family uses, how often, and in which formats."""

from __future__ import annotations

from collections.abc import Callable

from requestdesk.samples.model import Ctx, Draft

Builder = Callable[[Ctx], Draft]
Plan = list[tuple[str, Builder, str]]


def _expand(table: list[tuple[str, Builder, list[str]]]) -> Plan:
    plan: Plan = []
    for name, builder, formats in table:
        plan += [(name, builder, fmt) for fmt in formats]
    # Interleave so a --limit prefix still mixes kinds and formats.
    order = sorted(range(len(plan)), key=lambda i: (i * 7919) % len(plan))
    return [plan[i] for i in order]


def dev_plan() -> Plan:
    from requestdesk.samples import dev_admin as a
    from requestdesk.samples import dev_forms as f
    from requestdesk.samples import dev_letters as letters

    def detainer_form(form: str) -> Builder:
        return lambda ctx: a.detainer(ctx, form)

    return _expand([
        ("formal_letter", letters.formal_letter,
         ["pdf"] * 7 + ["txt"] * 2 + ["eml_body"] * 2 + ["eml_pdf", "eml_pdf", "scan"]),
        ("informal_email", letters.informal_email, ["eml_body"] * 9 + ["txt"] * 2),
        ("official_use_letter", letters.official_use_letter, ["pdf"] * 3 + ["eml_pdf", "fax"]),
        ("pursuant_1357_letter", letters.pursuant_1357_letter,
         ["pdf", "pdf", "eml_body", "eml_nested", "scan"]),
        ("multi_subject_letter", letters.multi_subject_letter,
         ["pdf"] * 3 + ["eml_pdf", "scan"]),
        ("state_case_letter", letters.state_case_letter,
         ["pdf", "pdf", "txt", "eml_nested", "fax"]),
        ("opla_letter", letters.opla_letter, ["pdf", "pdf", "txt"]),
        ("ao93", f.ao93, ["pdf", "pdf", "eml_pdf", "scan"]),
        ("ao442", f.ao442, ["pdf", "pdf", "fax"]),
        ("state_search_warrant", f.state_search_warrant, ["pdf", "pdf", "eml_pdf", "scan"]),
        ("order_2703d", f.order_2703d, ["pdf", "pdf", "eml_pdf"]),
        ("state_order", f.state_order, ["pdf", "pdf", "eml_pdf", "fax"]),
        ("ao110", f.ao110, ["pdf", "pdf", "pdf", "eml_pdf"]),
        ("state_grand_jury", f.state_grand_jury, ["pdf", "pdf", "scan"]),
        ("ao88b", f.ao88b, ["pdf", "pdf", "eml_pdf"]),
        ("ao89b", f.ao89b, ["pdf", "pdf"]),
        ("state_subpoena", f.state_subpoena, ["pdf", "pdf", "fax"]),
        ("i138", a.i138, ["pdf"] * 3 + ["eml_pdf", "eml_pdf", "scan"]),
        ("cbp3115", a.cbp3115, ["pdf", "pdf", "eml_pdf"]),
        ("dea876", a.dea876, ["pdf", "pdf", "fax"]),
        ("irs_summons", a.irs_summons, ["pdf", "pdf", "eml_pdf"]),
        ("ig_subpoena", a.ig_subpoena, ["pdf"] * 3 + ["eml_pdf"]),
        ("i200", a.i200, ["eml_pdf", "eml_pdf", "eml_tiff", "eml_png", "pdf", "scan"]),
        ("i205", a.i205, ["pdf", "pdf", "eml_pdf", "fax"]),
        ("detainer_i247a", detainer_form("I-247A"), ["pdf", "fax"]),
        ("detainer_i247d", detainer_form("I-247D"), ["pdf", "scan"]),
        ("detainer_i247n", detainer_form("I-247N"), ["pdf", "eml_pdf"]),
    ])


def holdout_plan() -> Plan:
    from requestdesk.samples.holdout_plan import holdout_table

    return _expand(holdout_table())


def plan_for(family: str) -> Plan:
    return holdout_plan() if family == "holdout" else dev_plan()
