"""Escaping, cutting and font runs of user text."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from raiassess.report.fonts import CJK, SANS, SYMBOLS, font_path, font_runs, resources_dir
from raiassess.report.markup import CHUNK, chunks, clean, escape, link, text_blocks


def test_escape_keeps_markup_as_text() -> None:
    assert escape("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;"
    assert escape("a\nb") == "a b"


def test_escape_puts_cjk_and_emoji_in_their_fonts() -> None:
    markup = escape("Hi 中文 👍!")
    assert f'<font name="{CJK}">中文</font>' in markup
    assert f'<font name="{SYMBOLS}">👍</font>' in markup
    assert markup.startswith("Hi ")


def test_font_runs_split_by_script() -> None:
    runs = list(font_runs("abc 日本 def"))
    assert runs == [(SANS, "abc "), (CJK, "日本"), (SANS, " def")]
    assert list(font_runs("ascii only")) == [(SANS, "ascii only")]
    assert [font for font, _ in font_runs("עברית العربية")] == [SANS]


def test_clean_replaces_what_cannot_be_printed() -> None:
    assert clean("a\x00b\x07c\ud800d") == "a\ufffdb\ufffdc\ufffdd"
    assert clean("a\r\nb\rc\td") == "a\nb\nc d"


def test_chunks_are_bounded_and_lose_nothing() -> None:
    text = "\n".join(f"Line {i} " + "word " * (i % 50) for i in range(2000))
    pieces = list(chunks(text))
    assert all(len(piece) <= CHUNK for piece in pieces)
    assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())


def test_chunks_cut_a_word_without_spaces() -> None:
    pieces = list(chunks("x" * 6000))
    assert [len(p) for p in pieces] == [CHUNK, CHUNK, 6000 - 2 * CHUNK]


def test_chunks_keep_one_blank_line() -> None:
    assert list(chunks("a\n\n\n\n\nb")) == ["a\n\nb"]
    assert list(chunks("\n\n")) == []


def test_text_blocks_keep_line_breaks() -> None:
    style = ParagraphStyle("t")
    [paragraph] = text_blocks("one\ntwo", style, lead="<b>Note:</b>")
    assert isinstance(paragraph, Paragraph)
    assert paragraph.text == "<b>Note:</b> one<br/>two"


def test_links_only_for_web_and_mail_addresses() -> None:
    assert link("https://example.org/?a=1&b=2").startswith(
        '<a href="https://example.org/?a=1&amp;b=2"')
    assert link("javascript:alert(1)") == "javascript:alert(1)"
    assert link('https://x.org/"onclick') .count("&quot;") == 1
    assert not link("C:\\reports\\dpia.pdf").startswith("<a")


def test_fonts_ship_with_their_licences() -> None:
    fonts = resources_dir() / "fonts"
    for name in (SANS, CJK, SYMBOLS):
        assert font_path(name).is_file()
    for licence in ("LICENSE-DejaVu.txt", "LICENSE-Apache-2.0.txt", "LICENSE-Symbola.txt",
                    "README.md"):
        assert (fonts / licence).is_file()
    total = sum(p.stat().st_size for p in Path(fonts).iterdir())
    assert total < 8_000_000
