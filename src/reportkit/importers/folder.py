"""The files ``reportkit check`` reads from the folders and zips it is given: each report once (a copy of another's
bytes is told, not checked again), a zip's reports unpacked, a saved page's parts and the files systems and office
programs leave beside the reports passed over, each kind said in the summary."""
from __future__ import annotations

import hashlib
import re
import shutil
import zipfile
import zlib
from collections import Counter
from pathlib import Path, PurePosixPath

from ..errors import ERROR
from ..file_kinds import MAX_IMPORT_BYTES, megabytes, office_kind

#: The rule of a report not checked because reportkit could not write its own file (the imported data): no fault of
#: the report's.
UNCHECKED = "unchecked"
#: The rule of a file that cannot be opened (damaged, encrypted, or not what its extension says).
UNREADABLE = "unreadable"
#: The rule of a readable file that is no annual report (a work plan or summary published in its place).
NOT_ANNUAL = "not-annual-report"
#: The rule of a file whose bytes are an earlier file's (a report downloaded twice): not checked again.
DUPLICATE = "duplicate"
#: The note of a report whose agency and year are an earlier one's (the same report in another format): checked, but
#: counted once.
OTHER_FORMAT = "other-format"


#: The folder a browser saves a page's frames, scripts and pictures in, beside the page (“网页，全部”): 年报_files
#: (Chrome, Edge, Firefox), 年报.files (the Chinese Internet Explorer).
_PAGE_PARTS = re.compile(r"(?P<stem>.+)[_.]files")


def _page_part(path: Path, folder: Path) -> bool:
    """Whether ``path``, found in ``folder``, is inside the folder of a saved page's parts (:data:`_PAGE_PARTS`,
    beside its .htm/.html): a frame of that page, no report of its own (each was checked as “不是年度报告”)."""
    for parent in path.relative_to(folder).parents:
        found = _PAGE_PARTS.fullmatch(parent.name)
        if found and any((folder / parent.parent / f"{found['stem']}{suffix}").is_file() for suffix in (".html", ".htm")):
            return True
    return False


#: Files an office program or a system leaves beside the reports: Word's and WPS's lock files (~$年报.docx),
#: LibreOffice's (.~lock.年报.docx#), macOS's (._年报.docx, .DS_Store, a zip's __MACOSX folder), Windows' thumbnails.
_SYSTEM_NAMES = {"thumbs.db", "ehthumbs.db", "desktop.ini"}


def system_file(parts: tuple[str, ...]) -> bool:
    """Whether the file of ``parts`` (its path in the folder or zip it was found in) is an office program's or a
    system's own file (:data:`_SYSTEM_NAMES`), or hidden (its name, or a folder's it is in, starts with a dot): no
    report, though named .docx."""
    return (parts[-1].startswith("~$") or parts[-1].lower() in _SYSTEM_NAMES
            or any(part.startswith(".") or part == "__MACOSX" for part in parts))


def listed(paths, suffixes: set[str]) -> tuple[list[Path], list[tuple[Path, bool]], dict[str, dict]]:
    """The files of ``paths`` to check (each given itself, and those of the folders given in a report's format), the
    folders' other files, passed over, each with whether it is a system's (:func:`system_file`); a saved page's
    parts are not even that (:func:`_page_part`); and an :data:`UNREADABLE` row for each folder that cannot be
    listed, by name. A pipe or device is a file to check, which :func:`unpacked` tells as not a report file."""
    from ..write import special

    files, passed, unlisted = set(), set(), {}
    for given in paths:
        alone = given.is_file() or bool(special(given))
        for path in [given] if alone else _walk(given, unlisted):
            if not (path.is_file() or special(path) or path.is_symlink() and not path.exists()):
                continue  # a link to a file that is gone is a row too (“文件不存在”), not left out unseen
            system = not alone and system_file(path.relative_to(given).parts)
            if alone or path.suffix.lower() in suffixes and not system and not _page_part(path, given):
                files.add(path)
            elif not _page_part(path, given):
                passed.add((path, system))
    return sorted(files), sorted(passed), unlisted


def _walk(folder: Path, unlisted: dict[str, dict]):
    """The files in ``folder`` and its folders, those a link (or a Windows junction) puts in it too, as found through
    it: a reviewer links colleagues' folders in. A folder reached again (a link back up, a second link) is not walked
    again: its reports are checked once, and a loop ends. Linked folders come last, so that a folder both in ``folder``
    and linked is named by its own path. A folder that cannot be listed is a row of ``unlisted``."""
    walked, pending, linked = set(), [folder], []
    while pending or linked:
        here = pending.pop() if pending else linked.pop(0)
        try:
            real = here.resolve()
            if real in walked:
                continue
            walked.add(real)
            entries = [(entry, entry.is_dir()) for entry in sorted(here.iterdir())]  # no x permission: fails here
        except OSError as exc:
            unlisted[str(here)] = _unlisted_row(str(here), exc)
            continue
        for entry, is_folder in entries:
            if not is_folder:
                yield entry
            elif entry.resolve() == real / entry.name:
                pending.append(entry)
            else:
                linked.append(entry)


def unlisted_reason(exc: OSError) -> str:
    """Why a folder cannot be listed, in Chinese."""
    from ..write import reason

    return "没有读取权限" if isinstance(exc, PermissionError) else reason(exc)


def _unlisted_row(name: str, exc: OSError) -> dict:
    """The row of a folder that cannot be listed: its reports are not checked, for a reason not theirs."""
    return _zip_row(name, f"文件夹打不开（{unlisted_reason(exc)}），其中的报告都没有检查：请让管理员给这个文件夹读取权限（或换一个有权限的账号），"
                          "或把其中的报告复制到可以打开的文件夹后重新检查")


#: Windows' shortcuts to a file (.lnk) and to a web page (.url): what they point to is not in the folder.
_SHORTCUTS = {".lnk", ".url"}


def passed_over(passed: list[tuple[Path, bool]], suffixes: set[str]) -> list[str]:
    """The summary's lines on the files of the folders not checked (:func:`listed`): how many, and why (``suffixes``:
    those that are checked)."""
    from ..write import readable

    lines = []
    system = [path for path, own in passed if own]
    links = [path for path, own in passed if not own and path.suffix.lower() in _SHORTCUTS]
    other = [path for path, own in passed if not own and path not in links]
    if system:
        lines.append(f"未检查 {len(system)} 个系统文件、临时文件（Word、WPS 打开文件时留下的 ~$ 锁定文件，macOS 留下的 ._ 文件、"
                     ".DS_Store 和 __MACOSX 文件夹，Thumbs.db 等隐藏文件）：它们不是报告")
    if links:
        names = "、".join(path.name for path in links[:3]) + (" 等" if len(links) > 3 else "")
        lines.append(f"未检查 {len(links)} 个快捷方式（{names}）：它们指向的报告或网页没有检查，请把报告本身（网页请另存为 .html）"
                     "放进文件夹后重新检查")
    if other:
        names = "、".join(path.name for path in other[:3]) + (" 等" if len(other) > 3 else "")
        lines.append(f"未检查 {len(other)} 个不是报告格式的文件（{names}）：可检查的是 {'、'.join(sorted(suffixes))}；"
                     "其中确是报告的，请另存为其中一种后重新检查（图片、扫描件请向发布机关要 DOCX、PDF 或网页版）")
    return [readable(line) for line in lines]


def duplicates(files: list[Path]) -> dict[Path, Path]:
    """Each of ``files`` whose bytes and suffix are those of another, with the one of them checked: the same report
    downloaded twice. That one is the one of the shortest name (a browser's 年报(1).pdf, Windows' 年报 - 副本.docx are
    longer), the first of those alike. Empty files are no copies (each is told it is empty), nor are those that cannot
    be read."""
    size = {path: _size(path) for path in files}
    sizes = Counter(size.values())
    alike: dict[tuple, list[Path]] = {}
    for path in files:
        if sizes[size[path]] > 1 and size[path]:
            try:
                with path.open("rb") as handle:  # in pieces: two 3 GB files of one size were read whole
                    key = (path.suffix.lower(), hashlib.file_digest(handle, "sha256").digest())
                alike.setdefault(key, []).append(path)
            except OSError:
                continue  # its own row says why it cannot be read
    kept = {path: min(same, key=lambda p: len(p.name)) for same in alike.values() for path in same}
    return {path: first for path, first in kept.items() if path != first}


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


#: How deep zips in zips are unpacked, and the most one zip may unpack to (a zip bomb stops there).
_ZIP_DEPTH, _ZIP_BYTES = 3, 2 * 1024 ** 3


def unpacked(files: list[Path], into: Path, suffixes: set[str],
              passed: list[tuple[Path, bool]]) -> tuple[list[Path], dict[Path, str], dict[str, dict]]:
    """``files`` with each zip among them replaced by the reports in it, unpacked into ``into`` (zips in it too, to
    :data:`_ZIP_DEPTH`): the files to check, each with its name in the results (``年报.zip/甲县/年报.pdf``), and a
    row for each zip, or file in one, that cannot be unpacked, by name. A zip's other files are ``passed`` over as a
    folder's are (a zip without reports is a row saying so)."""
    from ..write import reason, special

    checked, shown, refused = [], {}, {}
    pending = [(path, str(path), 0) for path in files]
    opened = 0
    while pending:
        path, name, depth = pending.pop(0)  # in order: of files alike, the first is checked (:func:`duplicates`)
        if kind := special(path):  # read, it waits for a writer for ever
            refused[name] = _zip_row(name, f"这是一个{kind}，不是报告文件，未检查：请给出报告文件（如 .docx、.pdf）或存放报告的文件夹")
            continue
        if path.suffix.lower() == ".zip" and depth >= _ZIP_DEPTH:  # a zip bomb may nest zips for ever
            refused[name] = _zip_row(name, f"这是套在第 {depth} 层压缩包里的压缩包{_holding(path)}，reportkit 只解开 "
                                           f"{_ZIP_DEPTH} 层，未解压，其中的报告未检查：请用解压软件把它解压出来，再检查解压出的文件夹")
            continue
        if path.suffix.lower() != ".zip" or not path.exists():
            checked.append(path)
            shown[path] = name
            continue
        opened += 1
        try:
            with zipfile.ZipFile(path) as archive:
                pending += _members(archive, name, into / f"{opened:04d}", depth, suffixes, passed, refused)
        except (zipfile.BadZipFile, EOFError):
            refused[name] = _zip_row(name, "压缩包已损坏或不完整，未解压：请重新下载，或用解压软件打开它，看能否解压")
        except OSError as exc:
            refused[name] = _zip_row(name, f"无法读取（{reason(exc)}）：请确认文件可以打开")
    return checked, shown, refused


def _holding(path: Path) -> str:
    """What the zip ``path`` holds, as a clause for messages (“（其中有 年报.pdf、表格.xlsx 等 5 个文件）”), or "" where it
    cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [_member_name(info).name for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, EOFError, OSError):
        return ""
    more = f" 等 {len(names)} 个文件" if len(names) > 3 else ""
    return f"（其中有 {'、'.join(names[:3])}{more}）" if names else "（其中没有文件）"


def _members(archive: zipfile.ZipFile, name: str, into: Path, depth: int, suffixes: set[str],
             passed: list[tuple[Path, bool]], refused: dict[str, dict]) -> list[tuple[Path, str, int]]:
    """The reports of the zip ``archive`` (named ``name``) unpacked into ``into``, for :func:`unpacked`."""
    from ..write import clipped, temporary_problem

    inside = [(info, _member_name(info)) for info in archive.infolist() if not info.is_dir()]
    if sum(info.file_size for info, _ in inside) > _ZIP_BYTES:
        refused[name] = _zip_row(name, f"压缩包解压后超过 {_ZIP_BYTES // 1024 ** 3} GB，未解压：请用解压软件解压后检查")
        return []

    def report(member: PurePosixPath) -> bool:
        return member.suffix.lower() in suffixes and not system_file(member.parts)

    # a name twice: the last, which unzipping keeps
    reports = list({member: (info, member) for info, member in inside if report(member)}.values())
    if not reports and (office := office_kind([info.filename for info, _ in inside])):
        refused[name] = _zip_row(name, f"这是 {office[0]}，扩展名却是 {Path(name).suffix}，不是压缩包，未检查：请把扩展名改回 "
                                       f"{office[1]}{'，再重新检查' if office[1] == '.docx' else '（它不是报告）'}")
        return []
    if not reports:
        others = [member.name for _, member in inside if not system_file(member.parts)]
        listed = f"其中只有 {'、'.join(others[:3])}{' 等' if len(others) > 3 else ''}" if others else "其中没有文件"
        refused[name] = _zip_row(name, f"压缩包里没有可检查的报告（{listed}）", NOT_ANNUAL)
        return []
    passed += [(Path(name, *member.parts), system_file(member.parts)) for _, member in inside if not report(member)]
    found = []
    for n, (info, member) in enumerate(reports, 1):
        shown = "/".join((name, *member.parts))
        if info.flag_bits & 1:
            refused[shown] = _zip_row(shown, "压缩包里的这个文件设了密码，未解压：请用解压软件输入密码解压后检查")
            continue
        if info.file_size > MAX_IMPORT_BYTES:  # no report: unpacked, it would fill the temporary folder's disk for nothing
            refused[shown] = _zip_row(shown, f"这个文件解压后有 {megabytes(info.file_size)}，超过 reportkit 检查的上限 "
                                             f"{megabytes(MAX_IMPORT_BYTES)}（发布的年度报告一般不到 50 MB），未解压：请确认它是不是报告")
            continue
        # unpacked under a name Windows takes (a zip made elsewhere may hold 年报:终稿?.docx); shown as in the zip
        target = into / f"{n:03d}" / f"{clipped(windows_name(member.stem))}{member.suffix}"
        try:
            target.parent.mkdir(parents=True)
            with archive.open(info) as source, target.open("wb") as copy:
                shutil.copyfileobj(source, copy)
        except (zipfile.BadZipFile, EOFError, zlib.error):
            refused[shown] = _zip_row(shown, "压缩包已损坏，这个文件解压不出来：请重新下载压缩包，或用解压软件解压后检查")
            continue
        except NotImplementedError:
            refused[shown] = _zip_row(shown, "这个文件的压缩方式 reportkit 解不开，未解压：请用解压软件解压后检查")
            continue
        except OSError as exc:
            refused[shown] = dict(file=shown, rule=UNCHECKED, severity=ERROR, place="", message=(
                f"未能解压：{temporary_problem(exc)}；这不是报告的问题：请腾出磁盘空间，或用环境变量 TMPDIR 换一个临时文件夹后重新检查"))
            continue
        found.append((target, shown, depth + 1))
    return found


#: The characters Windows allows in no file name.
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


#: The names Windows keeps for its devices, with any extension too (nul.txt, Con.tar.gz): no file can be so named.
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"{kind}{n}" for kind in ("COM", "LPT") for n in "123456789¹²³")}


def windows_name(stem: str) -> str:
    """``stem`` as a file name Windows takes: each character it forbids an underscore, no space or dot at the end, a
    device's name (:data:`_WINDOWS_DEVICES`) before its first dot with an underscore after it (CON.2023 → CON_.2023)."""
    name = _WINDOWS_FORBIDDEN.sub("_", stem).rstrip(" .") or "_"
    first, dot, rest = name.partition(".")
    return f"{first}_{dot}{rest}" if first.rstrip(" ").upper() in _WINDOWS_DEVICES else name


def _member_name(info: zipfile.ZipInfo) -> PurePosixPath:
    """A zip member's path: a name not marked UTF-8 is UTF-8 all the same, or GBK (a zip made on Chinese Windows),
    not the CP437 zipfile takes it for."""
    name = info.filename
    if not info.flag_bits & 0x800:
        raw = name.encode("cp437")
        for encoding in ("utf-8", "gbk"):
            try:
                name = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return PurePosixPath(*[part for part in name.replace("\\", "/").split("/") if part not in ("", ".", "..")])


def _zip_row(name: str, message: str, rule: str = UNREADABLE) -> dict:
    return dict(file=name, rule=rule, severity=ERROR, place="", message=f"{name}: {message}")
