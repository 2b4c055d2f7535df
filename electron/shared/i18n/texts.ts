/** A catalogue's shape with every text widened to string: what a translation must provide. */
export type Texts<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
