from __future__ import annotations

from policykg.extract.normalize import LineIndex, normalize, squeeze


def test_normalisation_keeps_length_and_folds_full_width() -> None:
    text = "示例市（试行）：\u3000第一条\r\n第二条\u200b"
    folded = normalize(text)
    assert len(folded) == len(text)
    assert folded.startswith("示例市(试行):")


def test_line_numbers_stay_true_after_crlf_and_lone_cr() -> None:
    text = normalize("一\r\n二\r三\n四")
    index = LineIndex.of(text)
    assert [index.line_of(text.index(c)) for c in "一二三四"] == [1, 2, 3, 4]


def test_html_text_lines_map_to_source_lines() -> None:
    index = LineIndex.of("甲\n乙", original_lines=(12, 40))
    assert (index.line_of(0), index.line_of(2)) == (12, 40)


def test_squeeze_removes_spaces_inside_chinese_names_only() -> None:
    assert squeeze(" 李  旭 ") == "李旭"
    assert squeeze("GB/T 29912") == "GB/T 29912"
