package io.fieldguide.migration.input;

import io.fieldguide.migration.problem.InvalidRequestException;

/**
 * A page of a list, checked at the boundary. The rule for every service: {@code page} is 0 or more,
 * {@code size} is 1 to the service's maximum, and the first row of the page ({@code page * size})
 * must be an {@code int}, the offset JPA takes; a page past that is a 400 naming {@code page}
 * instead of an overflow that wraps to another page or fails in the database.
 */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize) {
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? defaultSize : size;
        if (pageNumber < 0) {
            throw new InvalidRequestException("page", "page must be 0 or more, was " + pageNumber);
        }
        if (pageSize < 1 || pageSize > maxSize) {
            throw new InvalidRequestException("size", "size must be between 1 and " + maxSize + ", was " + pageSize);
        }
        long offset = (long) pageNumber * pageSize;
        if (offset > Integer.MAX_VALUE) {
            throw new InvalidRequestException(
                    "page",
                    "page * size must be at most " + Integer.MAX_VALUE + ", was " + offset
                            + "; the last page with size " + pageSize + " is " + (Integer.MAX_VALUE / pageSize));
        }
        return new PageRequest(pageNumber, pageSize);
    }

    /** The index of the page's first row; never overflows, see {@link #of}. */
    public int offset() {
        return page * size;
    }
}
