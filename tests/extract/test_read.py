from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from policykg.errors import InputError
from policykg.extract.pipeline import run
from policykg.extract.read import decode_bytes, html_to_text, read_file

TEXT = "示例市人民政府关于加强河道管理的通知\n示政发〔2024〕3号\n"

PAGE = """<!DOCTYPE html>
<html><head><title>示例市政府网</title><script>var nav = "首页";</script></head>
<body>
<div class="nav-menu"><a>首页</a><a>政务公开</a></div>
<div class="breadcrumb">当前位置:首页 > 政府公报</div>
<div class="article">
<p>市人民政府关于加强河道管理的通知</p>
<p>示政发〔2024〕3号</p>
<p>各县、区人民政府:</p>
<p>现就加强河道管理通知如下。</p>
<p>示例市人民政府</p>
<p>2024年3月1日</p>
</div>
<div class="footer">版权所有 示例市人民政府</div>
</body></html>
"""


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_encodings_are_detected_and_reported(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data, "示例.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_html_page_drops_navigation_and_points_at_source_lines() -> None:
    decoded = decode_bytes(PAGE.encode("utf-8"), "page.html")
    assert decoded.kind == "html"
    assert "首页" not in decoded.text and "版权所有" not in decoded.text
    lines = decoded.text.split("\n")
    number_line = lines.index("示政发〔2024〕3号")
    assert PAGE.split("\n")[decoded.original_lines[number_line] - 1] == "<p>示政发〔2024〕3号</p>"


def test_html_document_records_carry_html_line_numbers(nlp) -> None:
    doc = run(nlp, decode_bytes(PAGE.encode("utf-8"), "page.html"))
    (record,) = doc._.documents
    assert (record.line, record.date, record.doc_number) == (7, "2024-03-01", "示政发〔2024〕3号")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\t ", "only whitespace"),
        (b"\x00\x01\x02\x03binary\x00\x00\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14" * 40, "binary"),
    ],
)
def test_unreadable_bytes_raise_one_input_error_naming_file_and_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "坏文件.txt")
    assert caught.value.path == "坏文件.txt"
    assert reason in caught.value.reason


def test_missing_file_and_directory_raise_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_file(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="directory"):
        read_file(tmp_path)


def test_truncated_utf8_tail_is_dropped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(TEXT.encode("utf-8") + "河".encode("utf-8")[:2])
    decoded = read_file(path)
    assert decoded.text == TEXT and decoded.warnings


def test_html_table_row_becomes_one_line_of_cells() -> None:
    html = (
        "<html><body><table><tr><td>职  务</td><td>姓  名</td></tr>\n"
        "<tr><td>组  长</td><td>张  三</td></tr>\n<tr><td>李  四</td></tr></table></body></html>"
    )
    text, lines = html_to_text(html)
    assert [line.split("|") for line in text.split("\n")] == [["职  务", "姓  名"], ["组  长", "张  三"], ["李  四"]]
    assert lines == (1, 2, 3)


def test_html_side_boxes_of_related_documents_are_page_chrome() -> None:
    html = (
        "<html><body><div class='left-col'><p>示例市人民政府关于建立示例市养老工作联席会议制度的通知</p></div>"
        "<div class='side-box'><h3>相关文件</h3><ul><li>示例市人民政府关于建立示例市就业工作联席会议制度的通知</li></ul></div>"
        "</body></html>"
    )
    text, _ = html_to_text(html)
    assert "养老工作联席会议" in text and "就业工作联席会议" not in text
