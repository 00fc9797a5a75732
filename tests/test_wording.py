"""The words a page is written in (text_words), as linking's similar_text rule reads them."""

from metasynth.wording import STOP_WORDS, TEXT_WORDS_READ, singular, text_words


def test_content_words_most_used_first_then_first_printed():
    text = (
        "Tai chi eases fibromyalgia symptoms. In the trial at Tufts Medical Center, patients "
        "who practised tai chi for 12 weeks had less pain than a group given stretching; "
        "Tai Chi classes met twice a week."
    )
    # "tai" and "chi" three times, "fibromyalgia" ... once each, in the order printed; "the",
    # "trial", "patients", "weeks", "group", "less" are stop words; "12" is no word
    assert text_words(text)[:8] == [
        "tai",
        "chi",
        "eases",
        "fibromyalgia",
        "symptom",
        "tufts",
        "medical",
        "center",
    ]
    assert not set(text_words(text)) & STOP_WORDS


def test_words_are_lower_case_singular_and_hyphenated_whole():
    assert text_words("Benches, BENCH and COVID-19 vaccines; anti-amyloid antibodies.") == [
        "benche",
        "bench",
        "covid",
        "vaccine",
        "anti-amyloid",
        "antibody",
    ]
    assert singular("therapies") == "therapy"
    assert singular("viruses") == "virus"
    assert singular("sepsis") == "sepsis"


def test_at_most_the_limit_and_only_the_opening_is_read():
    many = " ".join(f"word{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(300))
    assert len(text_words(many)) == 100
    assert text_words(many, limit=5) == ["wordaa", "wordab", "wordac", "wordad", "wordae"]
    late = "filler " * (TEXT_WORDS_READ // 7) + " " * 10 + "zanzibar"  # from 30,005 on
    assert text_words(late) == ["filler"]
    assert text_words("x" * 41 + " zanzibar " + "y" * 40) == ["zanzibar", "y" * 40]
    assert text_words("") == []
