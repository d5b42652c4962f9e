"""Every text a person types or imports: its limit, what is removed, what is refused."""

from __future__ import annotations

import pytest
from sqlalchemy import String

from nursingqc.domain import texts
from nursingqc.domain.errors import ValidationError
from nursingqc.domain.texts import MSG_NOT_UNICODE, MSG_TEXT_TOO_LONG, TextField, checked_text

FIELDS = [value for value in vars(texts).values() if isinstance(value, TextField)]


@pytest.mark.parametrize("field", FIELDS, ids=lambda field: field.label)
def test_a_text_at_its_limit_is_kept_and_one_more_character_is_refused(field: TextField) -> None:
    at_limit = "整" * field.limit
    assert checked_text(at_limit, field) == at_limit
    with pytest.raises(ValidationError) as refused:
        checked_text(at_limit + "改", field)
    assert refused.value.template == MSG_TEXT_TOO_LONG
    assert (refused.value.params["limit"], refused.value.params["length"]) == (
        field.limit,
        field.limit + 1,
    )


def test_a_lone_surrogate_is_refused_with_its_position() -> None:
    with pytest.raises(ValidationError) as refused:
        checked_text("床头柜\ud83d积灰", texts.CAUSE)
    assert refused.value.template == MSG_NOT_UNICODE
    assert refused.value.params["position"] == 4
    assert checked_text("床头柜😀积灰", texts.CAUSE) == "床头柜😀积灰"


def test_invisible_and_xml_forbidden_characters_go_line_breaks_stay_where_they_belong() -> None:
    typed = "\u200b 原因：\x00交接\ufeff班\x1f未查\ufffe\uffff\r\n措施：培训\x85 "
    assert checked_text(typed, texts.CAUSE) == "原因：交接班未查\n措施：培训"
    assert checked_text("王\n芳\t", texts.OWNER) == "王 芳"


def test_every_limit_fits_the_column_that_stores_it() -> None:
    """A String(n) column on PostgreSQL refuses n + 1 characters: each limit must be within."""
    from nursingqc.storage.models import Campaign, Hospital, Nomination, RectificationItem, User

    columns = {
        texts.HOSPITAL_NAME: Hospital.__table__.c.name,
        texts.CAMPAIGN_NAME: Campaign.__table__.c.name,
        texts.OWNER: RectificationItem.__table__.c.owner,
        texts.NURSE: Nomination.__table__.c.nurse_name,
        texts.DISPLAY_NAME: User.__table__.c.display_name,
    }
    for field, column in columns.items():
        assert isinstance(column.type, String) and column.type.length is not None
        assert field.limit <= column.type.length, field.label
