package readme.validation;

import dev.usageschema.AtMost;
import dev.usageschema.Sum;
import dev.usageschema.UsageSchema;
import dev.usageschema.WireNaming;
import dev.usageschema.examples.validation.Billing;
import dev.usageschema.examples.validation.CacheDetails;
import dev.usageschema.examples.validation.KnownCurrency;
import dev.usageschema.examples.validation.Severe;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * What the blocks of README's "Bean Validation" take as given: the example's own constraint,
 * payload, group and details (examples/.../validation) are imported from the examples' jar.
 */
abstract class Given {
    Validator validator;
    ImmutableBilledUsage usage;
}
