package org.plnkit.core.read;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/** Jackson factories with the read limits switched on. */
final class Jackson {
    private Jackson() {
    }

    static StreamReadConstraints constraints(Limits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxScalarChars())
                .maxNumberLength(100)
                .maxDocumentLength(limits.maxFileBytes())
                .build();
    }

    static YAMLFactory yaml(Limits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxYamlAliases());
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxParticipantFileBytes()));
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with their place
        return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints(limits)).build();
    }

    static JsonFactory json(Limits limits) {
        return JsonFactory.builder().streamReadConstraints(constraints(limits)).build();
    }
}
