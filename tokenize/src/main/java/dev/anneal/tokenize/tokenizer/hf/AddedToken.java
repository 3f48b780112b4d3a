package dev.anneal.tokenize.tokenizer.hf;

/**
 * One entry of {@code added_tokens}: a string matched whole in the text before the model sees it.
 *
 * @param id the token's id
 * @param content the string it stands for
 * @param special whether it is a control token (end-of-text, headers); Anneal encodes those as text
 * @param normalized matched against normalized text rather than the raw text
 * @param lstrip the match also swallows whitespace on its left
 * @param rstrip the match also swallows whitespace on its right
 * @param singleWord matched only where it is not inside a word
 */
record AddedToken(int id, String content, boolean special, boolean normalized, boolean lstrip,
    boolean rstrip, boolean singleWord) {
}
