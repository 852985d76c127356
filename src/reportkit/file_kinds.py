"""What a file holds by its first bytes, whatever its suffix: the importers read each kind with its own reader, and
the loader names a document saved as a data file (a .docx renamed .yaml) with how to import it."""
from __future__ import annotations

import re
import struct
from pathlib import Path


def content_kind(path: Path) -> str:
    """What ``path``'s first bytes say it is: ``word`` (a Word or WPS binary document, or Word's XML), ``locked`` (a
    DOCX, or any Office file, with an open password: a compound file holding it encrypted), ``rtf``, ``docx``, ``pdf``,
    ``mhtml`` (a page saved as one file), ``html`` or ``""`` (none of these: :func:`unknown_content` tells more)."""
    with path.open("rb") as f:
        head = f.read(2048)
        if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
            return "locked" if _ENCRYPTED_PACKAGE in head + f.read() or _word_encrypted(path) else "word"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    start = head.find(b"%PDF-", 0, 1024)  # readers take a PDF with up to 1 KB before its header (a server's bytes)
    if start == 0 or start > 0 and not head[:start].lstrip().startswith(b"<"):  # not a page naming %PDF- early on
        return "pdf"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if re.match(rb"<\?xml[^>]*>\s*(<\?mso-application[^>]*word\.document|<w:worddocument)", text):
        return "word"  # Word 2003's XML, which Word also saves under .doc (not a web page naming Word.Document)
    if text.startswith(b"<"):
        return "html"
    # a saved page's MIME headers: Word's start with MIME-Version, browsers' with From:, Subject: … before it
    return "mhtml" if re.search(rb"^mime-version:", text, re.M) and b"multipart/related" in text else ""


def utf16_without_bom(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 bytes without a byte order mark (written by some Windows tools), else
    None: its line ends are 0A 00 (little-endian) or 00 0A at even offsets, pairs no UTF-8 or GBK text has, and the
    other order never holds (U+0A00 is no Chinese character). The importers read such text files too."""
    head = raw[:1 << 16]
    pairs = list(zip(head[::2], head[1::2]))
    little, big = pairs.count((10, 0)), pairs.count((0, 10))
    if min(little, big):
        return None
    if max(little, big) >= 2:
        return "utf-16-le" if little else "utf-16-be"
    # A line or two: its ASCII characters (a key, its colon) have 00 on one side, a quarter of the characters at
    # least; no byte of UTF-8 or GBK text is 00, and two 00 bytes in a pair (U+0000, a file's padding) are no text.
    if len(raw) % 2 or (0, 0) in pairs:
        return None
    little, big = (sum(1 for pair in pairs if pair[high] == 0 and 9 <= pair[1 - high] < 0x7F) for high in (1, 0))
    if 4 * max(little, big) < len(pairs) or max(little, big) < 3 * min(little, big):
        return None
    return "utf-16-le" if little > big else "utf-16-be"


#: :func:`unknown_content`'s clause for a file of nothing but zero bytes.
ZEROS = "文件内容全是零字节（空白，没有任何文字），多半是没有下载完或复制时中断"


def unknown_content(path: Path) -> str:
    """What ``path``, of no kind :func:`content_kind` knows, seems to be when it cannot be a text either, as a clause
    for messages: nothing but zero bytes (a download cut short, a disk's blank), or other binary data; "" when its
    first bytes may be text (UTF-8, GBK, UTF-16 with or without its byte-order mark)."""
    with path.open("rb") as f:
        head = f.read(4096)
    if not head.strip(b"\x00"):
        return ZEROS
    if b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_without_bom(head):
        return ""
    return "文件内容是无法识别的二进制数据（不是 DOCX、PDF、网页、纯文本，也不是旧版 Word、WPS、RTF 文件）"


#: What an Office file (a zip) holds by the folder its content is in: its name in messages and its suffix.
_OFFICE_PARTS = {"word/": ("Word 文档", ".docx"), "xl/": ("Excel 工作簿", ".xlsx"), "ppt/": ("PowerPoint 演示文稿", ".pptx")}


def office_kind(names: list[str]) -> tuple[str, str] | None:
    """The name in messages and the suffix of the Office file (Word, Excel, PowerPoint; WPS saves them alike) whose
    zip holds ``names``, or None for another zip."""
    if "[Content_Types].xml" not in names:
        return None
    return next((kind for part, kind in _OFFICE_PARTS.items() if any(n.startswith(part) for n in names)), None)


#: The most ``import`` and ``check`` read of one file: published reports are under 50 MB, scanned ones too; a file
#: far larger is no report (a video or disk image renamed), and reading it would take minutes and gigabytes.
MAX_IMPORT_BYTES = 200 * 1024 ** 2
#: The most read of a plain text (.txt), and of a web page's markup besides its inlined pictures: a report's text is
#: under 1 MB (the seeds' longest, 43 KB); 5 MB of paragraphs take 20 seconds to read, 20 MB two minutes.
MAX_TEXT_BYTES = 5 * 1024 ** 2
#: The most read of a web page (.html, .mht): a report's page is under 1 MB, saved with its pictures inlined (base64,
#: a third larger) a few MB, a dozen scanned tables' pictures 20-30 MB (pictures are read at 20 MB a second); a
#: page far larger is no report, and reading it takes gigabytes.
MAX_PAGE_BYTES = 50 * 1024 ** 2


def megabytes(size: int) -> str:
    """``size`` bytes in whole MB for messages (“300 MB”)."""
    return f"{size // 1024 ** 2} MB"


def out_of_memory(path: Path | str, undone: str) -> str:
    """Why ``path`` was not processed where memory ran out reading or processing it (a small machine, a limit on the
    process's memory), with what was not done (``undone``: “未导入”) and the fix, for every command alike; its name
    is not said. A file of 1 MB or more is said to be too large, a smaller one not."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        size = 0
    if size < 1024 ** 2:
        return f"这台计算机的内存不够处理这个文件，{undone}：请关闭其他程序后重试，或换一台内存更大的计算机处理"
    return (f"文件太大（{megabytes(size)}），这台计算机的内存不够读入它，{undone}：请关闭其他程序后重试，或确认选对了文件；"
            "确是这个文件的，请换一台内存更大的计算机处理")


#: The directory entry of the stream an Office file with an open password keeps its encrypted content in: its name in
#: UTF-16 padded to 64 bytes, then the name's length (34): not a text that happens to say so.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le").ljust(64, b"\x00") + b"\x22\x00"


def _word_encrypted(path: Path) -> bool:
    """Whether the compound file ``path`` is an old Word (or WPS) document with an open password: the flag fEncrypted
    (0x0100) of its FIB, the unencrypted head of its own WordDocument stream (not an embedded document's). A file too
    damaged to tell is not."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            head = ole.openstream("WordDocument").read(12) if ole.exists("WordDocument") else b""
    except (OSError, ValueError, struct.error):  # olefile raises OSError for a damaged file, ValueError for some
        return False
    if len(head) < 12:
        return False
    ident, flags = struct.unpack_from("<H8xH", head)
    return ident in (0xA5EC, 0xA5DC) and bool(flags & 0x0100)  # Word 97 and later, Word 6 and 95


def pdf_encrypted(path: Path) -> bool:
    """Whether the PDF ``path`` is whole (it ends in %%EOF, where one cut short does not) and encrypted (its trailer
    names an /Encrypt dictionary): such a file that cannot be read has an open password, not a fault of its bytes."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return b"/Encrypt" in data and b"%%EOF" in data[-1024:]


#: The kinds read by their own importer whatever the suffix (many sites serve a web page or a DOCX as ``.doc``):
#: the suffix each should have, and its name in messages.
READ_AS = {"docx": (".docx", "DOCX 文档"), "html": (".html", "网页"), "mhtml": (".mht", "网页存档（.mht）"),
           "pdf": (".pdf", "PDF 文件")}
#: The kinds LibreOffice converts, likewise: an old Word file named ``.docx`` (or ``.pdf``, ``.html`` …) goes to it.
CONVERTED_AS = {"word": (".doc", "旧版 Word 或 WPS 文件"), "rtf": (".rtf", "RTF 文件")}
