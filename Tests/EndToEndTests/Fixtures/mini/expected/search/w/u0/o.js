plansiteSearchLoaded("w/u0/o",{
"o":[1,-4]
});
