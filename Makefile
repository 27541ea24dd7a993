# lede: run · test · bench · eval. Each target installs what it needs first.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/release/lede
SHARED ?= ../shared
SAMPLE := Examples/articles/iran-us.txt
# System packages the build and the tests need (Debian names).
APT_PACKAGES := libpcre2-dev libreadline-dev pkgconf tmux python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build debug run test bench eval lexicons clean

all: build

## deps: install the Debian packages the build needs, when missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

## build: the release binary .build/release/lede
build: deps
	$(SWIFT) build -c release --product lede

## run: build, then explore the sample article
run: build
	$(BIN) annotate --format text $(SAMPLE)

## test: build and run every test (unit, end-to-end through pipes)
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench: tokenizer and pipeline throughput on the shared news corpus
bench: build
	$(SWIFT) build -c release --product lede-bench
	.build/release/lede-bench $(SHARED)/bench/news.jsonl

## eval: score the release binary on the development sets
eval: build
	python3 $(SHARED)/eval/evaluate.py $(SHARED)/eval/dev -- $(BIN) annotate --format json
	python3 $(SHARED)/eval/evaluate.py $(SHARED)/eval/gum-dev -- $(BIN) annotate --format json

## lexicons: rebuild the lexicon TSVs under Plugins/*/Resources from their sources
lexicons:
	python3 Plugins/LexiconSources/build_places_entities.py
	python3 Plugins/LexiconSources/build_language.py

clean:
	$(SWIFT) package clean
