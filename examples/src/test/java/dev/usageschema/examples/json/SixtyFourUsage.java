package dev.usageschema.examples.json;

import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/** A usage of exactly 64 counts: as many as the reading state of one word holds, the last one required. */
@UsageSchema
public interface SixtyFourUsage {

    OptionalLong s00();

    OptionalLong s01();

    OptionalLong s02();

    OptionalLong s03();

    OptionalLong s04();

    OptionalLong s05();

    OptionalLong s06();

    OptionalLong s07();

    OptionalLong s08();

    OptionalLong s09();

    OptionalLong s10();

    OptionalLong s11();

    OptionalLong s12();

    OptionalLong s13();

    OptionalLong s14();

    OptionalLong s15();

    OptionalLong s16();

    OptionalLong s17();

    OptionalLong s18();

    OptionalLong s19();

    OptionalLong s20();

    OptionalLong s21();

    OptionalLong s22();

    OptionalLong s23();

    OptionalLong s24();

    OptionalLong s25();

    OptionalLong s26();

    OptionalLong s27();

    OptionalLong s28();

    OptionalLong s29();

    OptionalLong s30();

    OptionalLong s31();

    OptionalLong s32();

    OptionalLong s33();

    OptionalLong s34();

    OptionalLong s35();

    OptionalLong s36();

    OptionalLong s37();

    OptionalLong s38();

    OptionalLong s39();

    OptionalLong s40();

    OptionalLong s41();

    OptionalLong s42();

    OptionalLong s43();

    OptionalLong s44();

    OptionalLong s45();

    OptionalLong s46();

    OptionalLong s47();

    OptionalLong s48();

    OptionalLong s49();

    OptionalLong s50();

    OptionalLong s51();

    OptionalLong s52();

    OptionalLong s53();

    OptionalLong s54();

    OptionalLong s55();

    OptionalLong s56();

    OptionalLong s57();

    OptionalLong s58();

    OptionalLong s59();

    OptionalLong s60();

    OptionalLong s61();

    OptionalLong s62();

    long s63();
}
