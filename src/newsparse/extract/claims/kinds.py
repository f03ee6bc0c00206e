"""Claim types after Full Fact's taxonomy, from linguistic cues; several may apply."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import get_args

from newsparse.docview import DocView
from newsparse.extract.claims.hedges import possibility
from newsparse.extract.claims.tokens import ClaimTokens, union
from newsparse.lexicon.claims import ClaimLexicon, TypeCue, lexicon, norm_word
from newsparse.models import ClaimType
from newsparse.vocab import COMPARATIVE_TAGS, MODIFIER_POS, PAST_TAGS, PREDICATE_DEPS, SUBJECT_DEPS

ORDER: tuple[str, ...] = get_args(ClaimType)
"""The output order of types: the order of the JSON contract's ``ClaimType``."""
NOT_SUPERLATIVE = frozenset({"least", "latest", "last", "most", "best", "worst", "first"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
FIRST_PERSON_STANCE = frozenset({"think", "believe", "feel", "hope", "thinks", "believes", "feels",
                                 "hopes", "thought", "believed", "felt", "hoped", "thinking",
                                 "believing", "feeling", "hoping"})  # fmt: skip
"""Opinion cues that are an opinion only with a first-person subject ('police believe' reports)."""
DUTY_MODALS = frozenset({"must", "should", "need", "needs", "needed", "ought", "got to", "have to",
                         "has to"})  # fmt: skip


def cue_hits(tokens: ClaimTokens, lex: ClaimLexicon | None = None) -> dict[str, list[str]]:
    """For each type, the cue words found in ``tokens`` (text order not guaranteed).

    Each cue reports its first matching token. Token features are read once and indexed, so
    the cost is one pass over the tokens plus a look-up per cue, not cues x tokens.
    """
    lex = lex or lexicon()
    texts = tokens.column("text")
    words = tokens.column("text", norm_word)
    by_word = tokens.positions("text", norm_word)
    by_lemma = tokens.positions("lemma_", str.lower)
    by_tag = tokens.positions("tag_")
    keyed = lex.type_cue_keys
    # Only cues keyed by a word, lemma or tag present here can fire; keep lexicon order.
    keys = (by_word.keys | by_lemma.keys | by_tag.keys) & keyed.keys()  # intersected in C
    order = sorted({n for key in keys for n in keyed[key]})
    hits: dict[str, list[str]] = {}
    for n_cue in order:
        cue = lex.type_cues[n_cue]
        if cue.match == "phrase":
            parts = cue.cue.split()
            n = len(parts)
            for i in by_word.get(parts[0], ()):
                if words[i : i + n] == parts and not _going_somewhere(tokens, parts, i + n):
                    hits.setdefault(cue.type, []).append(" ".join(texts[i : i + n]))
                    break
            continue
        if cue.match == "tag":
            candidates: Sequence[int] = by_tag.get(cue.cue, ())
        else:
            candidates = union(by_word.get(cue.cue), by_lemma.get(cue.cue))
        for i in candidates:
            if cue.match == "tag":
                ok = tokens.column("lower_")[i] not in NOT_SUPERLATIVE and not _naming_superlative(
                    tokens, i
                )
            elif cue.pos == frozenset({"PRED"}):
                ok = _predicative(tokens.view, tokens.ids[i])
            elif cue.pos == _CHANGE:
                ok = _changed_between(tokens.view, tokens.ids[i])
            elif _out_of_context(tokens, cue, i, lex):
                ok = False
            elif cue.pos:
                ok = tokens.column("pos_")[i] in cue.pos
            else:
                ok = tokens.column("pos_")[i] != "PROPN"
            if ok:
                hits.setdefault(cue.type, []).append(texts[i])
                break
    return hits


_CHANGE = frozenset({"CHANGE"})
_CHANGE_PREPS = frozenset({"from", "to", "by"})
_VALUE_LABELS = frozenset({"DATE", "PERCENT", "MONEY", "CARDINAL", "QUANTITY"})


def _changed_between(view: DocView, i: int) -> bool:
    """A change with its ends or size ('a sharp rise from 1 percent', 'has dropped slightly
    to 35 percent', 'fell by half'): a value compared with another; 'the rise of populism',
    'prices rose' tell a change but compare nothing."""
    deps, lower, like_num = view.column("dep_"), view.column("lower_"), view.column("like_num")
    ents = view.column("ent_type_")
    for c in view.children(i):
        if deps[c] != "prep" or lower[c] not in _CHANGE_PREPS:
            continue
        ends = [o for o in view.children(c)]
        ends += [n for o in ends for n in view.children(o)]
        # 'to 35 percent', 'from the previous year', not 'rose to fame'
        if any(like_num[n] or ents[n] in _VALUE_LABELS for n in ends):
            return True
    return False


def _out_of_context(tokens: ClaimTokens, cue: TypeCue, k: int, lex: ClaimLexicon) -> bool:
    """Cue words whose neighbours say they do not mean their type here."""
    if cue.type == "law_or_rule":
        return _names_no_rule(tokens, k, lex)
    if cue.type == "comparison" and cue.cue == "history":
        return not _in_history(tokens, k)
    if cue.type == "comparison" and cue.cue == "record":
        return tokens.column("tag_")[k] == "NNS"  # 'falsifying records', 'a records center'
    if cue.type == "prediction":
        return (
            _graded_likelihood(tokens, k)
            or _passive_purpose(tokens, k)
            or _plan_that_was(tokens, k)
        )
    if cue.type == "opinion" and cue.cue == "need":
        # 'I needed to sit and rest', 'tools needed by astronauts': a need told, not a duty
        return tokens.column("tag_")[k] in PAST_TAGS or not _need_to_act(tokens, k)
    return False


def _need_to_act(tokens: ClaimTokens, k: int) -> bool:
    """'we need to unify the party', 'documents need to be removed': a duty ('need' with the
    act to be done); 'saw the need to accelerate', 'in need of a clean', 'didn't need their
    permission' name or lack a thing."""
    view, i = tokens.view, tokens.ids[k]
    if view.column("pos_")[i] not in ("VERB", "AUX"):
        return False
    deps = view.column("dep_")
    return any(deps[c] == "xcomp" for c in view.children(i))


_NOT_RULE_AFTER = frozenset({"enforcement", "firm", "firms", "school", "student", "students"})


def _names_no_rule(tokens: ClaimTokens, k: int, lex: ClaimLexicon) -> bool:
    """'law enforcement', 'a law firm': 'law' naming police or a business, not a law; 'to
    charge WeWork $6 million', 'in charge of': a price or a duty, not a criminal charge; 'left
    the court', 'on the court': where a game is played."""
    lower = tokens.column("lower_")
    if lower[k] == "law":
        return k + 1 < len(lower) and lower[k + 1] in _NOT_RULE_AFTER
    view, i = tokens.view, tokens.ids[k]
    lemma = view.column("lemma_", str.lower)[i]
    if lemma in _JUDGING_WORDS:
        return _judged_not_in_law(tokens, k, lex)
    if view.column("dep_")[i] in _MODIFIER_DEPS:
        head = view.column("lemma_", str.lower)[view.heads[i]]
        # 'a legal resident', 'criminal rehabilitation', 'court fees': the law only describes
        # (but 'a homicide probe', 'immunity cases', 'a criminal charge' are legal matters)
        return head not in lex.law_words and head not in lex.legal_heads
    if lemma == "rule" and any(
        view.column("dep_")[c] == "prt" for c in view.children(i)
    ):  # 'ruled out a bid'
        return True
    lemmas, deps, words = (
        view.column("lemma_", str.lower),
        view.column("dep_"),
        view.column("lower_"),
    )
    if lemmas[i] == "charge":
        if view.column("pos_")[i] != "VERB":
            return k > 0 and lower[k - 1] == "in"
        return not any(  # 'was charged', 'charged him with murder'
            deps[c] in ("auxpass", "nsubjpass") or (deps[c] == "prep" and words[c] == "with")
            for c in view.children(i)
        )
    if lemmas[i] == "court":
        head = view.heads[i]
        return (deps[i] == "pobj" and words[head] in _ON_A_SURFACE) or (
            deps[i] == "dobj" and lemmas[head] in _LEAVE_VERBS
        )
    return False


_JUDGING_WORDS = frozenset({"judge", "verdict"})
_MODIFIER_DEPS = frozenset({"amod", "compound"})


def _judged_not_in_law(tokens: ClaimTokens, k: int, lex: ClaimLexicon) -> bool:
    """'did not want to judge the campaign', 'danced for judges', 'the judges' verdict': judging
    is a rule only in a legal frame, a title ('Judge Smith', 'the Judge's decision') or another
    legal word beside it ('the judge sentenced him')."""
    if tokens.column("pos_")[k] == "VERB":
        return True
    if tokens.column("text")[k][:1].isupper() and k > 0:
        return False
    legal = lex.law_words - _JUDGING_WORDS
    return legal.isdisjoint(tokens.column("lemma_", str.lower))


_ON_A_SURFACE = frozenset({"on", "off", "onto", "across"})
_LEAVE_VERBS = frozenset({"leave", "exit"})


def _in_history(tokens: ClaimTokens, k: int) -> bool:
    """'fifth in NBA history', 'the first player in league history': a rank among all before
    (a record), not history as a subject ('his history of violence')."""
    view = tokens.view
    head = view.heads[tokens.ids[k]]
    return view.column("lower_")[head] == "in" and view.column("dep_")[head] == "prep"


def _naming_superlative(tokens: ClaimTokens, k: int) -> bool:
    """'its largest shareholder', 'his latest statistical superlative': a superlative under a
    possessor picks out who or what is meant; 'the largest lander is from SpaceX', 'the
    longest streak of his career' claim the rank."""
    view = tokens.view
    i = tokens.ids[k]
    deps = view.column("dep_")
    noun = view.heads[i] if deps[i] == "amod" else i
    return any(deps[c] == "poss" for c in view.children(noun))


_DEGREE_OF = frozenset({"more", "less", "most", "least"})


def _graded_likelihood(tokens: ClaimTokens, k: int) -> bool:
    """'more likely to vote for him': a likelihood compared (a poll's share), not a forecast."""
    lower = tokens.column("lower_")
    return lower[k] in ("likely", "unlikely") and k > 0 and lower[k - 1] in _DEGREE_OF


def _going_somewhere(tokens: ClaimTokens, parts: list[str], after: int) -> bool:
    """'payloads going to the Moon', 'going to Jannah': a motion, not 'going to' + a verb (a
    future)."""
    if parts != ["going", "to"]:
        return False
    return after >= len(tokens) or tokens.column("pos_")[after] not in ("VERB", "AUX")


_TOLD_PAST_AUX = frozenset({"had", "was", "were", "'d", "’d"})


def _plan_that_was(tokens: ClaimTokens, k: int) -> bool:
    """'had planned to charge', 'was intending to obtain': a plan told of the past (what was
    meant then), not a forecast; 'plans to withdraw', 'is planning to' are."""
    view, i = tokens.view, tokens.ids[k]
    if view.column("lemma_", str.lower)[i] not in ("plan", "intend"):
        return False
    deps, lower = view.column("dep_"), view.column("lower_")
    return any(deps[c] == "aux" and lower[c] in _TOLD_PAST_AUX for c in view.children(i))


def _passive_purpose(tokens: ClaimTokens, k: int) -> bool:
    """'the attacks are intended to favor Trump': what something is for, not a plan."""
    view, i = tokens.view, tokens.ids[k]
    if view.column("lemma_", str.lower)[i] != "intend":
        return False
    deps = view.column("dep_")
    return any(deps[c] == "auxpass" for c in view.children(i))


def _predicative(view: DocView, i: int) -> bool:
    """An adjective said of the subject: 'he was calm', 'a fantastic movie' (as predicate)."""
    if view.column("pos_")[i] not in MODIFIER_POS:
        return False
    deps = view.column("dep_")
    if deps[i] in PREDICATE_DEPS:
        return True
    head = view.heads[i]
    if deps[i] == "conj" and deps[head] in PREDICATE_DEPS:
        return True
    return deps[i] == "amod" and (deps[head] in PREDICATE_DEPS or deps[head] == "appos")


def _number_after(tokens: ClaimTokens, phrase: str) -> bool:
    """'more than 1,000' bounds a number: a quantity, not a comparison."""
    words = phrase.lower().split()
    n = len(words)
    lower, like_num = tokens.column("lower_"), tokens.column("like_num")
    return any(lower[i : i + n] == words and like_num[i + n] for i in range(len(tokens) - n))


_NOT_COMPARING = frozenset({"later", "earlier", "sooner", "further", "longer", "else", "rather"})
"""Comparative forms that place in time or sequence ('later this week', 'no longer')."""


def _comparative(tokens: ClaimTokens) -> bool:
    """A comparative said of the subject ('is a better candidate', 'would be more careful',
    'were more likely to vote'): the claim compares, with or without 'than'. A comparative
    that only picks a thing out ('larger landers', 'heavier payloads', 'more documents') or
    places in time ('later this week') does not."""
    tags = tokens.column("tag_")
    if COMPARATIVE_TAGS.isdisjoint(tags):
        return False
    view, lower = tokens.view, tokens.column("lower_")
    deps, heads = view.column("dep_"), view.heads
    for k, tag in enumerate(tags):
        if tag not in COMPARATIVE_TAGS or lower[k] in _NOT_COMPARING:
            continue
        i = tokens.ids[k]
        if tag == "RBR" and deps[i] == "advmod":
            i = heads[i]  # 'more careful': the graded adjective stands for it
        if deps[i] in ("acomp", "attr", "oprd") or (
            deps[i] == "amod" and deps[heads[i]] in ("attr", "oprd")
        ):
            return True
    return False


def _first_person_past(tokens: ClaimTokens) -> bool:
    """'we turned the momentum around', 'I did what any Londoner would do'."""
    view = tokens.view
    tags, deps, lemmas = view.column("tag_"), view.column("dep_"), view.column("lemma_")
    for t in _first_person_subjects(tokens):
        verb = view.heads[t]
        if tags[verb] in PAST_TAGS or any(
            deps[c] == "aux" and lemmas[c] == "have" for c in view.children(verb)
        ):
            return True
    return False


def _first_person_subjects(tokens: ClaimTokens) -> list[int]:
    """The Doc indexes of 'I' or 'we' as a subject (the lower-case column first: most claims
    have neither)."""
    lower = tokens.column("lower_")
    if "i" not in lower and "we" not in lower:  # two scans in C settle most claims
        return []
    deps = tokens.column("dep_")
    return [
        tokens.ids[k]
        for k, low in enumerate(lower)
        if low in ("i", "we") and deps[k] in SUBJECT_DEPS
    ]


_STANCE_LEMMAS = frozenset({"think", "believe", "feel", "hope"})
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})
_PRESENT_AUX = frozenset({"do", "does", "am", "are", "'m", "’m", "'re", "’re"})


def _own_stance_now(tokens: ClaimTokens) -> bool:
    """'I think C', 'we hope C': the speaker's stance now; 'I thought he was joking' tells what
    was, 'what to think about it' states none."""
    view = tokens.view
    tags, deps, lower = view.column("tag_"), view.column("dep_"), view.column("lower_")
    lemmas = tokens.column("lemma_", str.lower)
    for k, lemma in enumerate(lemmas):
        i = tokens.ids[k]
        if lemma not in _STANCE_LEMMAS:
            continue
        if tags[i] not in _PRESENT_TAGS and not any(  # 'we do think', "I'm hoping"
            deps[c] == "aux" and lower[c] in _PRESENT_AUX for c in view.children(i)
        ):
            continue
        if any(deps[c] == "nsubj" and lower[c] in ("i", "we") for c in view.children(i)):
            return True
    return False


_FUTURE = frozenset({"will", "'ll", "’ll", "shall", "wo"})


def _first_person_now(tokens: ClaimTokens) -> bool:
    """'I', 'we' as the subject of a verb that is not a forecast: 'we saw', 'I know' are lived,
    'we'll know more soon' and 'we're going to cut jobs' are not yet."""
    view = tokens.view
    deps, lower = view.column("dep_"), view.column("lower_")
    for t in _first_person_subjects(tokens):
        verb = view.heads[t]
        kids = view.children(verb)
        if any(deps[c] == "aux" and lower[c] in _FUTURE for c in kids):
            continue
        if lower[verb] == "going" and any(deps[c] == "xcomp" for c in kids):
            continue  # 'we're going to start with something smaller' is a plan
        return True
    return False


def _first_person_subject(tokens: ClaimTokens) -> bool:
    return bool(_first_person_subjects(tokens))


_PREFERENCE_VERBS = frozenset({"prefer", "like", "love", "want", "rather"})


def _preference(tokens: ClaimTokens, i: int) -> bool:
    """'he would prefer to agree a solution', 'some would still like to stay': 'would' with a
    verb of wanting states a preference now, not a future in the past."""
    view = tokens.view
    return view.column("lemma_", str.lower)[view.heads[i]] in _PREFERENCE_VERBS


_COMPLEMENT_DEPS = frozenset({"oprd", "xcomp", "attr", "acomp"})


def evaluates(view: DocView, i: int, lex: ClaimLexicon) -> bool:
    """Whether the verb at Doc index ``i`` evaluates what it frames: 'praised X', 'called X Y',
    'described X as Y' (not 'called for talks', nor the naming passive 'is called X')."""
    needs = lex.evaluations.get(view.column("lemma_", str.lower)[i])
    if needs is None or view.column("pos_")[i] not in ("VERB", "AUX"):
        return False
    if needs == "always":
        return True
    deps, lower = view.column("dep_"), view.column("lower_")
    kids = view.children(i)
    if any(
        deps[c] in ("prt", "auxpass") or (deps[c] == "prep" and lower[c] in ("for", "on", "off"))
        for c in kids
    ):
        return False  # 'called for talks'; 'what is called "feather duvet lung"' only names
    return any(
        deps[c] in _COMPLEMENT_DEPS or (deps[c] == "prep" and lower[c] == "as") for c in kids
    )


_JUDGING_VERBS = frozenset({"consider", "deem", "regard"})


def _judged(tokens: ClaimTokens) -> str | None:
    """'is considered the best of all time', 'was widely regarded as a classic': a judgement
    passed on the subject (unlike 'is called X', which only names it)."""
    lemmas = tokens.column("lemma_", str.lower)
    if _JUDGING_VERBS.isdisjoint(lemmas):
        return None
    view = tokens.view
    deps, lower = view.column("dep_"), view.column("lower_")
    for k, lemma in enumerate(lemmas):
        i = tokens.ids[k]
        if lemma not in _JUDGING_VERBS:
            continue
        kids = view.children(i)
        if any(deps[c] == "auxpass" for c in kids) and any(
            deps[c] in _COMPLEMENT_DEPS or (deps[c] == "prep" and lower[c] == "as") for c in kids
        ):
            return str(view.column("text")[i])
    return None


def _graded(tokens: ClaimTokens, lex: ClaimLexicon) -> str | None:
    """A degree word grading an adjective ('a really bad deal', 'too dangerous'): a judgement."""
    lower = tokens.column("lower_")
    if lex.intensifiers.isdisjoint(lower):
        return None
    view = tokens.view
    pos, deps = view.column("pos_"), view.column("dep_")
    for k, low in enumerate(lower):
        i = tokens.ids[k]
        if low in lex.intensifiers and deps[i] == "advmod" and pos[view.heads[i]] == "ADJ":
            return low
    return None


_WHEN_LABELS = frozenset({"DATE", "TIME"})
_SOON = frozenset({"soon", "sometime", "shortly"})


def _expected_by_a_time(tokens: ClaimTokens) -> bool:
    """'should be available for missions starting in 2023', 'should be released sometime
    soon': 'should' with a time to come is an expectation (a forecast), not a duty."""
    lower = tokens.column("lower_")
    if not any(a == "should" and b == "be" for a, b in pairwise(lower)):
        return False  # 'should be ...': a state to come; 'should let them know' is a duty
    ents = tokens.column("ent_type_")
    return any(e in _WHEN_LABELS for e in ents) or not _SOON.isdisjoint(lower)


def classify(
    tokens: ClaimTokens,
    *,
    has_quantity: bool,
    reported: bool = False,
    lex: ClaimLexicon | None = None,
    cue: int | None = None,
) -> list[str]:
    """Types of the claim made of ``tokens``.

    ``reported`` says the claim sits under a speech frame, where 'would' is a future in the past
    ("said it would weaken Ukraine") and so a prediction. ``cue`` is the Doc index of the frame's
    verb when it lies outside the claim ('called [the campaign a "bold effort"]'): an evaluating
    frame makes an opinion.
    """
    lex = lex or lexicon()
    hits = cue_hits(tokens, lex)
    # Only the claim's own frame: 'the mother testified, describing her as "brave"' reports an
    # act in the article's voice, while 'Schiff called it "a non-starter"' is Schiff's judgement.
    if cue is not None and evaluates(tokens.view, cue, lex):
        hits.setdefault("opinion", []).append(tokens.view.column("text")[cue])
    graded = _graded(tokens, lex)
    if graded is not None:
        hits.setdefault("opinion", []).append(graded)
    judged = _judged(tokens)
    if judged is not None:
        hits.setdefault("opinion", []).append(judged)
    types: set[str] = set()
    if has_quantity:
        types.add("quantity")
    if "causal" in hits:
        types.add("causal")
    tags = tokens.column("tag_")
    modals = [k for k, tag in enumerate(tags) if tag == "MD"]
    words = tokens.column("text", norm_word)
    will = any(words[k] in ("will", "'ll", "wo") for k in modals)
    would = reported and any(
        tokens.column("lower_")[k] == "would" and not _preference(tokens, tokens.ids[k])
        for k in modals
    )
    other_cues = [h for h in hits.get("prediction", []) if h.lower() not in ("will", "'ll", "’ll")]
    maybe = any(possibility(tokens, tokens.ids[k]) for k in modals)  # 'could begin in 2022'
    expected = _expected_by_a_time(tokens)  # 'should be available in 2023'
    if will or would or maybe or other_cues or expected:
        types.add("prediction")
    if "law_or_rule" in hits:
        types.add("law_or_rule")
    if "comparison" in hits:
        hit = [
            h
            for h in hits["comparison"]
            if not ("than" in h.lower() and _number_after(tokens, "than"))
        ]
        # a lone 'than' only compares after a comparative ('more than' is listed apart)
        if (hit and hit != ["than"]) or (hit and any(tag in COMPARATIVE_TAGS for tag in tags)):
            types.add("comparison")
    if _comparative(tokens):
        types.add("comparison")
    if ("personal_experience" in hits and _first_person_now(tokens)) or _first_person_past(tokens):
        types.add("personal_experience")
    if "opinion" in hits:
        cues = {h.lower() for h in hits["opinion"]}
        only_first_person_verbs = cues <= FIRST_PERSON_STANCE
        # 'must not cite ..., per WHO guidelines': a duty in a rule is the rule, not a judgement
        only_duty_in_rule = cues <= DUTY_MODALS and "law_or_rule" in types
        only_expectation = expected and cues <= {"should"}
        if (
            (not only_first_person_verbs or _own_stance_now(tokens))
            and not only_duty_in_rule
            and not only_expectation
        ):
            types.add("opinion")
    if not types:
        types.add("other")
    return [t for t in ORDER if t in types]


def weigh(found: list[str], fired: Sequence[str], lex: ClaimLexicon | None = None) -> list[str]:
    """The claim's types after the learned weights (``claim_type_weights.tsv``): each weighed
    type holds when its bias plus the weights of the features that fired (the cue types and the
    claim's shape among them) is above zero; 'other' also when nothing else holds (weighed, it
    can stand beside another type: a plain happening with a number is quantity and other).
    Without weights the cue types stand.

    The weights are a logistic regression per type over the check-worthiness features,
    trained on our annotations' development half and the Wikinews fixture
    (``scripts/train_claims.py``)."""
    lex = lex or lexicon()
    weights = lex.type_weights
    if not weights:
        return found
    types = {t for t in found if t not in weights and t != "other"}
    for kind, w in weights.items():
        if w.get("bias", 0.0) + sum(w.get(f, 0.0) for f in fired) > 0:
            types.add(kind)
    if not types:
        types.add("other")
    return [t for t in ORDER if t in types]
