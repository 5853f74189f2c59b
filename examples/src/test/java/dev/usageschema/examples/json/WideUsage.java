package dev.usageschema.examples.json;

import dev.usageschema.UsageSchema;
import java.util.OptionalLong;

/** A usage of seventy counts: past the 64 properties whose reading state fits one word each. */
@UsageSchema
public interface WideUsage {

    OptionalLong t00();

    OptionalLong t01();

    OptionalLong t02();

    OptionalLong t03();

    OptionalLong t04();

    OptionalLong t05();

    OptionalLong t06();

    OptionalLong t07();

    OptionalLong t08();

    OptionalLong t09();

    OptionalLong t10();

    OptionalLong t11();

    OptionalLong t12();

    OptionalLong t13();

    OptionalLong t14();

    OptionalLong t15();

    OptionalLong t16();

    OptionalLong t17();

    OptionalLong t18();

    OptionalLong t19();

    OptionalLong t20();

    OptionalLong t21();

    OptionalLong t22();

    OptionalLong t23();

    OptionalLong t24();

    OptionalLong t25();

    OptionalLong t26();

    OptionalLong t27();

    OptionalLong t28();

    OptionalLong t29();

    OptionalLong t30();

    OptionalLong t31();

    OptionalLong t32();

    OptionalLong t33();

    OptionalLong t34();

    OptionalLong t35();

    OptionalLong t36();

    OptionalLong t37();

    OptionalLong t38();

    OptionalLong t39();

    OptionalLong t40();

    OptionalLong t41();

    OptionalLong t42();

    OptionalLong t43();

    OptionalLong t44();

    OptionalLong t45();

    OptionalLong t46();

    OptionalLong t47();

    OptionalLong t48();

    OptionalLong t49();

    OptionalLong t50();

    OptionalLong t51();

    OptionalLong t52();

    OptionalLong t53();

    OptionalLong t54();

    OptionalLong t55();

    OptionalLong t56();

    OptionalLong t57();

    OptionalLong t58();

    OptionalLong t59();

    OptionalLong t60();

    OptionalLong t61();

    OptionalLong t62();

    OptionalLong t63();

    long t64();

    long t65();

    long t66();

    long t67();

    long t68();

    long t69();
}
