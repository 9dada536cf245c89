"""Hard-wrapped (PDF) text joined into one line per paragraph, with lines still pointing at the file."""

from __future__ import annotations

from policykg.extract.pipeline import run
from policykg.extract.read import decode_bytes
from policykg.extract.unwrap import display_width, page_chrome, unwrap

WIDTH = 24  # characters per printed line of the fictional page


def wrap(paragraph: str) -> list[str]:
    return [paragraph[i : i + WIDTH] for i in range(0, len(paragraph), WIDTH)]


BODY = [
    "为加快推进全市示例项目建设,经市人民政府同意,决定成立示例市重大示例项目建设指挥部(以下简称指挥部)。现将有关事项通知如下:",
    "指挥部下设办公室,办公室设在市发展和改革局,孙一同志兼任办公室主任,负责指挥部日常工作。",
    "各县区要比照成立相应机构,明确专人负责。指挥部成员因工作变动需要调整的,由接任者自然递补,不再另行发文。",
]


def variant(text: str, n: int) -> str:
    """The n-th copy of a paragraph, differing on every printed line as real paragraphs do."""
    if n == 0:
        return text
    return "".join(f"{ch}{n}" if k % 8 == 7 else ch for k, ch in enumerate(text))


def wrapped_gazette() -> str:
    lines = ["示例市人民政府办公室关于成立示例市重大", "示例项目建设指挥部的通知", "示政办发[2024]7号", "各县区人民政府,市政府各部门:"]
    for number, paragraph in enumerate(variant(text, n) for n in range(4) for text in BODY):
        pieces = wrap(paragraph)
        if number % 3 == 1:  # a page break inside the paragraph: page number and running header
            pieces[1:1] = [f"— {number} —", "示例市人民政府公报          2024年第2期"]
        lines.extend(pieces)
    lines += ["示例市人民政府办公室", "2024年2月16日"]
    return "\n".join(lines)


def test_wrapped_paragraphs_are_joined_across_page_chrome() -> None:
    text = wrapped_gazette()
    result = unwrap(text)
    joined = result.text.split("\n")
    for paragraph in BODY:
        assert variant(paragraph, 3) in joined
    assert result.joined > 20
    original = text.split("\n")
    for line, first in zip(joined, result.original_lines):
        assert original[first - 1].strip() and line.startswith(original[first - 1].strip())


def test_a_title_ends_at_its_title_word_and_the_number_stays_on_its_own_line() -> None:
    joined = unwrap(wrapped_gazette()).text.split("\n")
    assert joined[:2] == ["示例市人民政府办公室关于成立示例市重大示例项目建设指挥部的通知", "示政办发[2024]7号"]


def test_one_paragraph_per_line_text_is_left_alone() -> None:
    text = "\n\n".join(BODY * 10)
    result = unwrap(text)
    assert result.text == text and result.joined == 0
    assert result.original_lines == tuple(range(1, text.count("\n") + 2))


def test_group_office_in_a_wrapped_text_is_read_from_the_joined_paragraph(nlp) -> None:
    doc = run(nlp, decode_bytes(wrapped_gazette().encode("utf-8"), "wrapped.txt"))
    (group,) = doc._.leading_groups
    assert group.name == "示例市重大示例项目建设指挥部"
    assert group.office_at == "市发展和改革局"
    assert any("hard-wrapped" in p.reason for p in doc._.problems)


def test_page_numbers_and_running_headers_are_blanked_in_one_paragraph_per_line_text() -> None:
    pages = []
    for page in range(1, 5):
        pages += [f"第{page}页的正文,讲述示例工作的第{page}项安排。", "", f"·{page}·", "示例市人民政府公报   2024年第2期", ""]
    text = "\n".join(pages)
    result = unwrap(text)
    assert len(result.text) == len(text) and result.joined == 0
    assert "公报" not in result.text and "·2·" not in result.text
    assert "第2页的正文,讲述示例工作的第2项安排。" in result.text.split("\n")


def test_indented_lines_of_a_wrapped_text_start_rows_of_their_own() -> None:
    text = "\n".join(wrapped_gazette().split("\n") + ["  副主任:费  澜  示例大学土木工程学院院长、教授", "        管仲平  示例设计研究院总工程师"])
    joined = unwrap(text).text.split("\n")
    assert joined[-2:] == ["  副主任:费  澜  示例大学土木工程学院院长、教授", "        管仲平  示例设计研究院总工程师"]


def test_a_roster_role_line_is_never_joined_onto_the_row_above() -> None:
    text = "\n".join(wrapped_gazette().split("\n") + ["     汤 钧 县工业和信息化局局长 司马骏 县统计局局长县统计局局长县统计", "办公室主任:柯 岩(兼)"])
    assert unwrap(text).text.split("\n")[-1] == "办公室主任:柯 岩(兼)"


def test_each_join_is_decided_by_the_printed_line_above_not_the_paragraph_so_far() -> None:
    cells = ["县商务局", "县文化旅游广电体育局、县财政局、", "城关镇人民政府", "2024年9月底前", "7", "开展假冒伪劣食品专项整治"]
    text = "\n".join(wrapped_gazette().split("\n") + cells)
    assert unwrap(text).text.split("\n")[-5:] == ["县商务局", "县文化旅游广电体育局、县财政局、城关镇人民政府", "2024年9月底前", "7", "开展假冒伪劣食品专项整治"]


def test_a_line_ending_inside_an_open_bracket_at_the_margin_goes_on() -> None:
    margin_line = "降低示例企业成本,推行弹性年期出让。(责任单位:"
    assert len(margin_line) == WIDTH
    text = "\n".join(wrapped_gazette().split("\n") + [margin_line, "市自然资源局;2024年底前)"])
    assert unwrap(text).text.split("\n")[-1] == margin_line + "市自然资源局;2024年底前)"


def test_a_full_line_ending_on_a_title_mark_or_inside_one_goes_on() -> None:
    titles_line = "根据《示例法》《示例条例》《示例省规定》"
    open_title = "现将《示例市农村公路示例行动(2024—2026年)"
    assert all(display_width(line) >= 0.8 * display_width(BODY[0][:WIDTH]) for line in (titles_line, open_title))
    text = "\n".join(wrapped_gazette().split("\n") + [titles_line, "等法规,制定本办法。", open_title, "任务分工》印发给你们。"])
    assert unwrap(text).text.split("\n")[-2:] == [titles_line + "等法规,制定本办法。", open_title + "任务分工》印发给你们。"]


def test_signer_name_once_below_a_page_break_is_no_running_header() -> None:
    lines = [
        "示例地区行政公署", "2023年10月16日", "抄送:示例甲局。", "— 1 —", "示例地区行政公署公报 2023年第4期", "示例地区行政公署",
        "关于成立示例领导小组的通知", "示例地区行政公署", "2023年11月6日", "抄送:示例乙局。", "— 2 —", "示例地区行政公署公报 2023年第4期",
        "示例地区行政公署", "2023年11月9日", "抄送:示例丙局。", "— 3 —", "示例地区行政公署公报 2023年第4期",
    ]
    assert page_chrome(lines) == {3, 4, 10, 11, 15, 16}


def test_a_gazettes_running_header_beside_a_page_number_is_chrome_even_seen_once():
    from policykg.extract.unwrap import page_chrome

    lines = ["　　　　　滑一　　区应急管理局局长", "·1·", "示例区人民政府公报　　　　2024年第3期", "　　　　　禄二　　区公安分局副局长"]
    assert page_chrome(lines) == {1, 2}
