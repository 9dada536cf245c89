"""A corpus of hostile and broken inputs, written into a test's tmp_path at test time.

Every case is our own fictional 示例市 text (or bytes that are not text at all). A case says what
``policykg build`` must do with it next to a good file: *reject* it with one error line naming the
file, the line where one applies and the reason, or *extract* it, giving the documents, members
and at most one warning listed. Big cases are generated rather than committed, so the repository
stays small.
"""

from __future__ import annotations

import codecs
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CYPHER_INJECTION = "'}) MATCH (n) DETACH DELETE n //"
BACKTICK_INJECTION = "`}) DETACH DELETE n RETURN $rows //"
SCRIPT_INJECTION = "<script>window.__pwned=1</script>"
IMG_INJECTION = "<img src=x onerror=window.__pwned=2>"
# Full-width brackets fold to ASCII in normalisation, so this becomes a real tag in the text.
FULLWIDTH_SCRIPT = "＜script＞window.__pwned=3＜/script＞"


def notice(number: int, year: int = 2024, title: str | None = None, body: str | None = None) -> str:
    """One complete 通知 of the 示例市 government: title, 发文字号, addressee, body, signature, date."""
    title = title or f"示例市人民政府关于做好第{number}批示例工作的通知"
    body = body or f"现将第{number}批示例工作有关事项通知如下,请认真贯彻执行。"
    return (
        f"{title}\n\n示政发〔{year}〕{number}号\n\n各县、市、区人民政府,市政府各部门:\n\n"
        f"{body}\n\n示例市人民政府\n\n{year}年3月{number % 28 + 1}日\n\n(此件公开发布)\n\n"
    )


def gazette(count: int, year: int = 2024) -> str:
    """A gazette issue with a header and ``count`` notices numbered 1…count."""
    header = f"示例市人民政府公报({year}年第5号)\n\n"
    return header + "".join(notice(i, year) for i in range(1, count + 1))


GOOD = notice(1, 2023, "示例市人民政府关于加强示例河道保洁工作的通知")
GOOD_NUMBER = "示政发〔2023〕1号"

ROSTER = (
    "示例市人民政府办公室关于成立示例市夜市经济工作领导小组的通知\n\n示政办函〔2024〕9号\n\n"
    "各县、市、区人民政府,市政府各部门:\n\n"
    "为加强对全市夜市经济工作的组织领导,经市人民政府同意,决定成立示例市夜市经济工作领导小组。\n\n"
    "附件:示例市夜市经济工作领导小组成员名单\n\n示例市人民政府办公室\n\n2024年4月2日\n\n"
    "附件\n\n示例市夜市经济工作领导小组\n\n成员名单\n\n"
    "组  长:林  舟  市委副书记、市长\n\n副 组 长:苏明远  副市长\n\n"
    "成    员:郭  宁  市商务局局长\n\n韩  雪  市市场监管局局长\n\n"
)


def repeal(number: int, target_title: str, target_number: str) -> str:
    """A decision that repeals one document, named by title and number."""
    body = (
        f"经市人民政府研究,决定废止《{target_title}》({target_number})。\n\n"
        "本决定自公布之日起施行。"
    )
    return notice(number, 2024, f"示例市人民政府关于废止第{number}号示例文件的决定", body)


@dataclass(frozen=True)
class Case:
    """One hostile input: how to write it, and what ``policykg build`` must do with it."""

    name: str
    write: Callable[[Path], Path]
    reject: str | None = None  # a regex the one error line must match after "<path>[:line]: "
    line: int | None = None  # the line the error or warning names, when one applies
    numbers: tuple[str, ...] = ()  # document numbers that must be extracted
    titles: tuple[str, ...] = ()  # titles that must be extracted, as printed
    count: int | None = None  # how many documents must be extracted, when that is the point
    members: tuple[str, ...] = ()  # leading-group members that must be extracted
    warn: str | None = None  # a regex the one warning line must match; None: no warning at all
    needs_non_root: bool = False  # root reads any file, so a permission case proves nothing as root


def _bytes(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return path

    return write


def _text(name: str, text: str, encoding: str = "utf-8") -> Callable[[Path], Path]:
    return _bytes(name, lambda: text.encode(encoding))


def _missing(folder: Path) -> Path:
    return folder / "missing.txt"


def _directory_without_texts(folder: Path) -> Path:
    path = folder / "scans"
    path.mkdir()
    (path / "page1.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return path


def _unreadable(folder: Path) -> Path:
    path = folder / "locked.txt"
    path.write_text(notice(7), encoding="utf-8")
    path.chmod(0)
    return path


def _too_big(folder: Path) -> Path:
    """A sparse file just over the reader's byte limit: costs no disk and no time to write."""
    from policykg.extract.read import MAX_BYTES

    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    return path


def _dangling_link(folder: Path) -> Path:
    path = folder / "moved.txt"
    os.symlink(folder / "nowhere.txt", path)
    return path


def _named_pipe(folder: Path) -> Path:
    """Nobody writes to it: a reader that opens it waits for ever."""
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def fifty_megabytes() -> bytes:
    """About 50 MB of UTF-8: many gazette issues concatenated, as an archive export would be."""
    issue = gazette(40).encode("utf-8")
    return issue * (50 * 1024 * 1024 // len(issue) + 1)


def _cut(text: str, marker: str) -> str:
    """``text`` up to and including the line holding ``marker``: a file cut off there."""
    end = text.index(marker)
    return text[: text.index("\n", end)]


def line_of(text: str, marker: str) -> int:
    """The 1-based line of ``text`` where ``marker`` first occurs."""
    return text[: text.index(marker)].count("\n") + 1


def _roster_with_posts(first: str, second: str) -> str:
    """The roster with two members' posts replaced: the names of people and posts hostile input can reach."""
    return ROSTER.replace("郭  宁  市商务局局长", f"郭  宁  {first}").replace("韩  雪  市市场监管局局长", f"韩  雪  {second}")


GB18030_ONLY = "示例市人民政府关于命名䶮山村等示例村落的通知"  # 䶮 is not in GBK
END_OF_GOOD = GOOD.count("\n") + 1  # the line right after GOOD, where anything appended starts

CASES: tuple[Case, ...] = (
    # -- not text at all --------------------------------------------------------------------
    Case("empty", _bytes("empty.txt", b""), reject=r"empty file"),
    Case("whitespace only", _text("blank.txt", " \n\t\r\n　\n"), reject=r"only whitespace"),
    Case("byte-order mark only", _bytes("bom_only.txt", codecs.BOM_UTF8), reject=r"no text after decoding"),
    Case("random binary", _bytes("noise.txt", _random_bytes(1, 64 * 1024)), reject=r"binary data"),
    Case("PDF signature", _bytes("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + _random_bytes(2, 4096)), reject=r"a PDF file, not text \(convert it with pdftotext first\)"),
    Case("ZIP signature (docx)", _bytes("notice.txt", b"PK\x03\x04\x14\x00\x06\x00" + _random_bytes(3, 4096)), reject=r"a ZIP archive, not text \(a \.docx"),
    Case("NUL-padded binary", _bytes("padded.txt", b"\x00" * 4096 + GOOD.encode()), reject=r"binary data, not text \(4,096 NUL", line=1),
    Case("HTML of scripts only", _text("empty.html", "<html><head><script>var a=1;</script></head><body><script>go()</script></body></html>"),
         reject=r"HTML page holds no text"),
    # -- not a readable file ----------------------------------------------------------------
    Case("missing file", _missing, reject=r"cannot read file \(No such file or directory\)"),
    Case("directory without texts", _directory_without_texts, reject=r"folder holds no text or HTML files \(\.htm, \.html, \.text, \.txt\)"),
    Case("no read permission", _unreadable, reject=r"cannot read file \(Permission denied\)", needs_non_root=True),
    Case("dangling symlink", _dangling_link, reject=r"symbolic link to .*nowhere\.txt, which does not exist"),
    Case("named pipe", _named_pipe, reject=r"not a regular file"),
    Case("over the size limit", _too_big, reject=r"file is [\d,]+ bytes, over the 16,777,216-byte limit"),
    Case("50 MB text", _bytes("archive.txt", fifty_megabytes), reject=r"file is [\d,]+ bytes, over the 16,777,216-byte limit .*split it"),
    # -- other encodings: read as the same text ----------------------------------------------
    Case("GBK", _text("gbk.txt", GOOD, "gbk"), numbers=(GOOD_NUMBER,)),
    Case("GB18030 beyond GBK", _text("gb18030.txt", notice(4, title=GB18030_ONLY), "gb18030"), titles=(GB18030_ONLY,)),
    Case("UTF-8 BOM", _text("bom.txt", GOOD, "utf-8-sig"), numbers=(GOOD_NUMBER,)),
    Case("UTF-16 LE with BOM", _text("u16le.txt", GOOD, "utf-16"), numbers=(GOOD_NUMBER,)),
    Case("UTF-16 BE with BOM", _bytes("u16be.txt", codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be")), numbers=(GOOD_NUMBER,)),
    Case("UTF-16 LE without BOM", _text("u16le_nobom.txt", GOOD, "utf-16-le"), numbers=(GOOD_NUMBER,)),
    Case("UTF-16 BE without BOM", _text("u16be_nobom.txt", GOOD, "utf-16-be"), numbers=(GOOD_NUMBER,)),
    Case("UTF-32 with BOM", _text("u32.txt", GOOD, "utf-32"), numbers=(GOOD_NUMBER,)),
    Case("UTF-8 BOM on GBK text", _bytes("bom_gbk.txt", codecs.BOM_UTF8 + GOOD.encode("gbk")),
         reject=r"starts with a UTF-8 byte-order mark but is not UTF-8 \(invalid start byte\)", line=1),
    # -- damaged text: the rest is read, the damage named -----------------------------------
    Case("invalid UTF-8 in the middle", _bytes("broken.txt", GOOD.encode().replace("各县".encode(), b"\xff\xfe\xfd")),
         numbers=(GOOD_NUMBER,), warn=r"invalid UTF-8, 3 byte\(s\) replaced by U\+FFFD", line=line_of(GOOD, "各县")),
    Case("file cut inside a character", _bytes("cut_char.txt", (GOOD + "附件").encode()[:-2]), numbers=(GOOD_NUMBER,),
         warn=r"file ends inside a character", line=END_OF_GOOD),
    Case("file cut mid-document", _text("cut_doc.txt", GOOD + _cut(notice(2), "各县")), numbers=(GOOD_NUMBER, "示政发〔2024〕2号"),
         warn=r"the file ends inside this document .*cut short", line=END_OF_GOOD),
    Case("file cut mid-roster", _text("cut_roster.txt", _cut(ROSTER, "副 组 长")), numbers=("示政办函〔2024〕9号",),
         members=("林舟", "苏明远")),
    Case("NUL bytes in the text", _text("nul.txt", GOOD.replace("现将", "现\x00将")), numbers=(GOOD_NUMBER,),
         warn=r"1 control character\(s\) \(U\+0000\) read as spaces", line=line_of(GOOD, "现将")),
    Case("control characters", _text("ctrl.txt", GOOD.replace("请认真", "\x1b[31m请\x07认\x08真")), numbers=(GOOD_NUMBER,),
         warn=r"3 control character\(s\) \(U\+0007, U\+0008, U\+001B\) read as spaces", line=line_of(GOOD, "请认真")),
    Case("CR-only line ends", _text("cr.txt", GOOD.replace("\n", "\r")), numbers=(GOOD_NUMBER,)),
    Case("CRLF line ends", _text("crlf.txt", GOOD.replace("\n", "\r\n")), numbers=(GOOD_NUMBER,)),
    Case("mixed line ends", _text("mixed.txt", notice(2).replace("\n\n", "\r\n\r") + GOOD), numbers=(GOOD_NUMBER, "示政发〔2024〕2号")),
    Case("very long line", _text("long_line.txt", GOOD + "示例" * 500_000 + "\n\n" + notice(3)),
         numbers=(GOOD_NUMBER, "示政发〔2024〕3号")),
    # -- hostile content: stored as text, never run -----------------------------------------
    Case("Cypher injection in a title", _text("cypher.txt", notice(5, title=f"示例市人民政府关于{CYPHER_INJECTION}的通知")),
         titles=(f"示例市人民政府关于{CYPHER_INJECTION}的通知",)),
    Case("backtick and parameter injection in a title", _text("backtick.txt", notice(9, title=f"示例市人民政府关于{BACKTICK_INJECTION}的通知")),
         titles=(f"示例市人民政府关于{BACKTICK_INJECTION}的通知",)),
    Case("script injection in a title", _text("script.txt", notice(6, title=f"示例市人民政府关于{SCRIPT_INJECTION}的通知")),
         titles=(f"示例市人民政府关于{SCRIPT_INJECTION}的通知",)),
    Case("onerror injection in a title", _text("onerror.txt", notice(14, title=f"示例市人民政府关于{IMG_INJECTION}的通知")),
         titles=(f"示例市人民政府关于{IMG_INJECTION}的通知",)),
    Case("full-width script tags in a title", _text("fullwidth.txt", notice(12, title=f"示例市人民政府关于{FULLWIDTH_SCRIPT}的通知")),
         titles=("示例市人民政府关于<script>window.__pwned=3</script>的通知",)),
    Case("injections in roster posts", _text("posts.txt", _roster_with_posts(SCRIPT_INJECTION, f"市{CYPHER_INJECTION}局局长")),
         numbers=("示政办函〔2024〕9号",), members=("林舟", "苏明远", "郭宁", "韩雪")),
    Case("HTML with scripts", _text("page.html", (
        "<!doctype html><html><head><script>document.title='x'</script></head><body>"
        f"<nav>首页 &gt; 政策文件</nav><div class='article'>{GOOD.replace(chr(10), '<br>')}</div>"
        f"<script>{SCRIPT_INJECTION}</script></body></html>")), numbers=(GOOD_NUMBER,)),
    Case("HTML whose text is an escaped script", _text("escaped.html", (
        "<html><body><div class='article'>"
        + notice(13, title="示例市人民政府关于&lt;script&gt;window.__pwned=4&lt;/script&gt;的通知").replace("\n", "<br>\n")
        + "</div></body></html>")), titles=("示例市人民政府关于<script>window.__pwned=4</script>的通知",)),
    Case("document citing itself", _text("self.txt", notice(8, body="根据《示例市人民政府关于做好第8批示例工作的通知》(示政发〔2024〕8号)办理。")),
         numbers=("示政发〔2024〕8号",)),
    Case("repeal cycle", _text("cycle.txt", repeal(10, "示例市人民政府关于废止第11号示例文件的决定", "示政发〔2024〕11号")
                              + repeal(11, "示例市人民政府关于废止第10号示例文件的决定", "示政发〔2024〕10号")),
         numbers=("示政发〔2024〕10号", "示政发〔2024〕11号")),
    # -- big ---------------------------------------------------------------------------------
    Case("gazette with 500 documents", _text("issue500.txt", gazette(500)), numbers=("示政发〔2024〕1号", "示政发〔2024〕500号"), count=500),
)

def case_named(name: str) -> Case:
    return next(case for case in CASES if case.name == name)
