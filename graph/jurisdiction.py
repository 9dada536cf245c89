"""The city or county a text belongs to, which fills in the ``市``/``县`` of its agency names."""

from __future__ import annotations

import re

from policykg.extract.records import ExtractionResult

_PLACE = re.compile(r"^([\u4e00-\u9fff]{1,12}?(?:自治州|自治县|新区|[省市县区州盟旗]))")


def jurisdiction_of(result: ExtractionResult) -> str | None:
    """The gazette's publisher, else the first issuer that names a place."""
    names = [result.gazette.publisher] if result.gazette and result.gazette.publisher else []
    names += [name for document in result.documents for name in document.issuer]
    for name in names:
        m = _PLACE.match(name)
        if m:
            return m.group(1)
    return None
