package org.homeward.linkage.synth;

/**
 * One spelling of a person's name, as one source wrote it.
 *
 * @param script ISO 15924: Cyrl, Latn or Arab
 * @param language tag of the spelling: tg, ru, kk, uz, ky (ministry lists and passports), en (NGO
 *     interview sheets), ar (camp registries)
 * @param source "ministry list", "passport", "interview", "camp registry", "prison registry", ...
 */
public record WrittenName(String text, String script, String language, String source) {}
