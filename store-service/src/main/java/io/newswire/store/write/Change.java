package io.newswire.store.write;

/** A row that an upsert inserted or updated (rows it left alone because they were as new are not reported). */
public record Change(String id, boolean inserted) {
}
