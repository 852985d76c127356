"""What a file holds by its first bytes, whatever its suffix: the importers read each kind with its own reader, and
the loader names a document saved as a data file (a .docx renamed .yaml) with how to import it."""
from __future__ import annotations

import re
import struct
from pathlib import Path


def content_kind(path: Path) -> str:
    """What ``path``'s first bytes say it is: ``word`` (a Word or WPS binary document, or Word's XML), ``locked`` (a
    DOCX, or any Office file, with an open password: a compound file holding it encrypted), ``rtf``, ``docx``, ``pdf``,
    ``mhtml`` (a page saved as one file), ``html`` or ``""`` (none of these)."""
    with path.open("rb") as f:
        head = f.read(2048)
        if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
            return "locked" if _ENCRYPTED_PACKAGE in head + f.read() or _word_encrypted(path) else "word"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(b"%PDF-"):
        return "pdf"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if re.match(rb"<\?xml[^>]*>\s*(<\?mso-application[^>]*word\.document|<w:worddocument)", text):
        return "word"  # Word 2003's XML, which Word also saves under .doc (not a web page naming Word.Document)
    if text.startswith(b"<"):
        return "html"
    # a saved page's MIME headers: Word's start with MIME-Version, browsers' with From:, Subject: … before it
    return "mhtml" if re.search(rb"^mime-version:", text, re.M) and b"multipart/related" in text else ""


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
READ_AS = {"docx": (".docx", "DOCX 文件"), "html": (".html", "网页"), "mhtml": (".mht", "网页存档（.mht）"),
           "pdf": (".pdf", "PDF 文件")}
#: The kinds LibreOffice converts, likewise: an old Word file named ``.docx`` (or ``.pdf``, ``.html`` …) goes to it.
CONVERTED_AS = {"word": (".doc", "旧版 Word 或 WPS 文件"), "rtf": (".rtf", "RTF 文件")}
