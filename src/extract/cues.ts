/**
 * The wording that marks a sentence as being about the call itself, as
 * opposed to background. Shared by the steps that need to know.
 */
import { allMatches } from "./matches.ts";
import { MONTH_ALTERNATION, WEEKDAY_ALTERNATION, WEEKDAYS } from "./vocabulary.ts";

/** A phone call between leaders, in the ways news copy says it. */
export const CALL_CUE = new RegExp(
  String.raw`\b(tele-?phon(e|ed|es|ing|ic|ically)|phone[ds]?|phoning|(over|on) the phone|dial(l?ed|s|led|ling)?|rang( up)?` +
    String.raw`|(phone|telephone|telephonic) (call|conversation|talks?|interaction|exchange|contact|discussion)` +
    String.raw`|(had|held|have had) an? (["“”']?[\w-]+[,"“”']? ){0,3}["“”']?conversation["“”']? with` +
    String.raw`|(a|the|their|this|that|his|today's|${WEEKDAYS.map((d) => `${d}'s`).join("|")}) call` +
    String.raw`|calls? (was|were|took|came|lasted|between|with)|(during|in|on|over|after) (the|their|a) call` +
    String.raw`|(${WEEKDAY_ALTERNATION}|today|yesterday)['’]s (phone |telephone )?conversation` +
    String.raw`|(first|second|third|fourth|fifth|latest|\w+-minute|hour-long) (phone |telephone )?(call|conversation)` +
    String.raw`|(spoke|speaks|spoken|talked)( (${WEEKDAY_ALTERNATION}|today|yesterday|again|briefly|separately|earlier` +
    String.raw`|late \w+))* (to|with)|(two leaders|both leaders|the pair|they) (also )?(spoke|talked)` +
    String.raw`( on| late on| earlier on)? (${WEEKDAY_ALTERNATION}|today|yesterday|tonight|this (morning|afternoon|evening)))\b`,
  "i",
);

/** "Modi and Putin spoke about fertiliser supplies": two leaders as one subject who spoke, with no call word. */
export const PAIR_SPOKE = new RegExp(
  String.raw`\band\b[^.]{0,80}?\b(spoke|talked|conversed)\s+` +
    String.raw`(about|on the|over the|at length|for (?:about |nearly |over )?(?:\d+|an?|half an) (?:minutes?|hour)` +
    String.raw`|(?:late |early )?on (?:${WEEKDAY_ALTERNATION})|today|yesterday|this (?:morning|afternoon|evening))\b`,
  "i",
);

/** Any sign that leaders were together, or on video: then "spoke" is not a call. */
export const TOGETHER_CUE = new RegExp(
  String.raw`\b(met|meet(?:s|ing)?|visit(?:s|ed|ing)?|summit|sidelines|in[- ]person|face[- ]to[- ]face|video|virtual(?:ly)?` +
    String.raw`|residence|hosted|arrived|bilateral talks|delegation-level)\b`,
  "gi",
);

/** "during the visit to India last December": a meeting in the past, not where the leaders are now. */
const IN_THE_PAST = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:last (?:week|month|year|${MONTH_ALTERNATION})|in (?:19|20)\d\d|earlier this (?:year|month))\b`,
  "i",
);

/** Whether the text puts the leaders together (or on video) now, not at some past meeting. */
export function togetherNow(text: string): boolean {
  return allMatches(TOGETHER_CUE, text).some((m) => !IN_THE_PAST.test(text.slice(m.index + m[0].length)));
}

/** Words that can only mean the telephone: they outweigh a video summit mentioned in the same sentence. */
export const PHONE_WORD = /\b(tele-?phon\w*|phone[ds]?|phoning|dial(l?ed|s|ling)?|rang up)\b/i;

/** Meetings by video, or face to face, are not phone calls. */
export const NOT_A_CALL_CUE = new RegExp(
  String.raw`\b(video[- ]?(conference|conferencing|link|call|mode)|virtual(ly)? (summit|meeting|talks|mode|format)` +
    String.raw`|virtually|in[- ]person|face[- ]to[- ]face|on the sidelines|at the summit` +
    String.raw`|at (?:the|a) (?:[\w'’-]+ ){1,6}(?:summit|meeting|forum)|bilateral meeting` +
    String.raw`|in (?:the|his|her|their|a) (?:[\w'’-]+ ){0,3}(?:car|limousine|motorcade|vehicle)|(?:ride|drive|walk) together)\b`,
  "i",
);

/** A call still to come: "may hold a telephone conversation soon", "is expected to speak to". */
export const FUTURE_CALL_CUE = new RegExp(
  String.raw`\b(may|might|will|would|could|to|set to|expected to|plans? to|likely to|scheduled to)( soon)? ` +
    String.raw`(hold|have|speak|talk|call|dial|phone)\b[^.]*\b(phone|telephone|telephonic|conversation|call|talks)\b` +
    String.raw`|\b(phone |telephone )?(call|conversation|talks) between\b[^.]{0,80}\b` +
    String.raw`((is|are) (being )?(possible|expected|planned|prepared|arranged|worked out|in the works|on the cards)` +
    String.raw`|(was|were) (being (planned|prepared|arranged|worked out)|in the works|on the cards))\b` +
    String.raw`|\b(phone|telephone) (call|conversation|talks) (is|was) ` +
    String.raw`(possible|expected|planned|being prepared|being planned|being arranged|in the works|on the cards)\b`,
  "i",
);

/** A sentence that says a call did not take place. */
export const NO_CALL_CUE = new RegExp(
  String.raw`\b(there (has|have|had) been no|(has|have|had) not (yet )?(spoken|called|dialled|dialed|phoned)` +
    String.raw`|did not (speak|call|phone|dial)|(is|are) yet to (speak|call|hold)` +
    String.raw`|no (phone |telephone |telephonic )?(call|conversation|contact) (between|with))\b`,
  "i",
);

/** A sentence that recalls an earlier call rather than reporting this one. */
export const EARLIER_CALL_CUE = new RegExp(
  String.raw`\b(had (also )?\w+ed\b[^.]{0,40}\b(by|over the|on the) (tele)?phone` +
    String.raw`|the (first|second|previous|earlier) (phone |telephone )?(call|conversation)\b(?! since| between| after| in)` +
    String.raw`|had (also )?(spoken|held|dialled|dialed|called|phoned)` +
    String.raw`|(has|have) (also )?(spoken|held|called|dialled|phoned)\b[^.]*\b` +
    String.raw`(in recent (days|weeks|months)|recently|earlier this (week|month|year)|several times|many times` +
    String.raw`|a number of times|on (several|many|numerous) occasions|repeatedly|regularly|frequently|often)` +
    String.raw`|last (spoke|spoken|dialled|called)|previous(ly)? (call|conversation|spoke)|earlier (call|conversation|phone)` +
    String.raw`|since their last|in (their|a) (previous|earlier) (call|conversation)` +
    String.raw`|(spoke|talked|phoned|called|phone|telephone|call|conversation)\b[^.;]{0,40}\b` +
    String.raw`((only|just|quite) recently|not long ago|some time ago|a while (ago|back)|the other day)` +
    String.raw`|recently (spoke|talked|phoned)|(has|have|had) (had|held) ` +
    String.raw`(several|many|numerous|multiple|regular|frequent|a number of|a series of|two|three|four|five|six|seven|eight` +
    String.raw`|nine|ten|\d+) ([\w-]+ ){0,2}(calls|conversations|talks))\b`,
  "i",
);

/** "The two leaders", "both leaders": the participants named in nearby sentences. */
export const BOTH_LEADERS = new RegExp(
  String.raw`\b(the two (?:world )?leaders|both (the )?(?:world )?leaders|the leaders|the two sides|both sides|each other` +
    String.raw`|the two (?:men|women|heads of state|statesmen))\b`,
  "i",
);

/** Verbs of what leaders do on a call: sentences with these carry the call's topics. */
export const DISCUSSION_CUE = new RegExp(
  String.raw`\b(discuss(ed|ing|ion|ions)?|talk(s|ed)?|agree[ds]?|convers(ation|ations|ed)|exchang(e|ed|ing)|review(ed|ing)?` +
    String.raw`|wish(ed|es)?|thank(ed|s)?|congratulat\w*|invit(ed|ation)|not(ed|ing)|focus(ed|sed)?|spoke|raised|brief(ed)?` +
    String.raw`|assur(ed|ance)|support(ed)?|reiterat\w*|emphasi[sz]ed|express(ed)?|condol\w*|greet(ed|ings)?|call(ed)?` +
    String.raw`|dial(l?ed)?|underlin\w*|apprecia\w*|shar(ed|ing)|informed|explain(?:ed|ing)|touched (?:up)?on|covered` +
    String.raw`|stress(ed|ing)|urg(ed|ing)|convey(ed|ing)|condemn(ed|ing)|invit(ed|ing)|accept(ed|ing)|welcom(ed|ing)` +
    String.raw`|voic(ed|ing)|highlight(ed|ing)|assess(ed|ing|ment|ments)|offer(ed|ing)|promis(ed|ing)|took stock` +
    String.raw`|confirm(ed|ing)|outlin(ed|ing))\b`,
  "i",
);

/** Sentences about some other event (a summit, an earlier visit) rather than the call. */
export const OTHER_EVENT_CUE = new RegExp(
  String.raw`\b(at the summit|during (the|his|her|their|putin's|modi's|the russian president's|the prime minister's)` +
    String.raw`( \w+)? (visit|summit|trip|meeting)|in a joint statement|earlier (this|last) (year|month)|last (year|month)` +
    String.raw`|had (also )?(held|signed|met|called|travelled|traveled|visited|paid)|ever since|in the past|historically` +
    String.raw`|since (19|20)\d\d|since the (war|conflict|start|beginning)|began in)\b`,
  "i",
);

/** Items a report says the call did not cover: "the tariffs did not come up", "was not discussed". */
export const NOT_DISCUSSED_CUE = new RegExp(
  String.raw`\b(not (?:part of|discussed|raised|addressed|mentioned|on the agenda|in the (?:readout|statement))` +
    String.raw`|did not (?:come up|figure|feature|arise|discuss|mention|address)|didn['’]t (?:come up|figure|feature|discuss)` +
    String.raw`|neither\b[^.]*\b(?:came up|was raised|were raised|was discussed|were discussed)|no mention of|was not` +
    String.raw`|were not|gave no details)\b`,
  "i",
);
